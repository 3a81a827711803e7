import { Module } from '@nestjs/common';

/** QA sampling and review (issue 4). */
@Module({})
export class QaModule {}
