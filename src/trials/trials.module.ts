import { Module } from '@nestjs/common';

/** Trials and confirmation calls on BullMQ (issue 5). */
@Module({})
export class TrialsModule {}
