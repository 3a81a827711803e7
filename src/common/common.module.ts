import { Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditRetention } from './audit/audit-retention.js';
import { AuditController } from './audit/audit.controller.js';
import { AuditEntry } from './audit/audit-entry.entity.js';
import { AuditService } from './audit/audit.service.js';
import { HealthController } from './health/health.controller.js';
import { DatabasePing } from './health/database-ping.js';
import { HealthExtras } from './health/health-extras.js';
import { PhoneRevealController } from './phone-reveal/phone-reveal.controller.js';
import { PhoneReveals } from './phone-reveal/phone-reveals.js';
import { QueueRegistry } from './redis/queue-registry.js';
import { RedisMonitor } from './redis/redis-monitor.js';

@Global()
@Module({
  imports: [TerminusModule, TypeOrmModule.forFeature([AuditEntry])],
  controllers: [HealthController, AuditController, PhoneRevealController],
  providers: [
    AuditService,
    AuditRetention,
    PhoneReveals,
    RedisMonitor,
    QueueRegistry,
    HealthExtras,
    DatabasePing,
  ],
  exports: [AuditService, AuditRetention, PhoneReveals, RedisMonitor, QueueRegistry, HealthExtras],
})
export class CommonModule {}
