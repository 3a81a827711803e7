import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RetentionPoliciesController } from './retention-policies.controller.js';
import { RetentionPolicies } from './retention-policies.service.js';
import { RetentionPolicy } from './retention-policy.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([RetentionPolicy])],
  controllers: [RetentionPoliciesController],
  providers: [RetentionPolicies],
  exports: [RetentionPolicies],
})
export class RetentionModule {}
