import { Injectable, Logger } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { DeadlineExceeded, withinResponsiveTime } from '../event-loop/responsive-deadline.js';

/**
 * `SELECT 1` with a deadline that a busy process does not use up (terminus's
 * own ping times out on the wall clock, so an import running in the same
 * process made the health check report the database down).
 */
@Injectable()
export class DatabasePing {
  private readonly logger = new Logger(DatabasePing.name);

  constructor(
    private readonly indicator: HealthIndicatorService,
    private readonly db: DataSource,
  ) {}

  async check(key: string, timeoutMs: number): Promise<HealthIndicatorResult> {
    const session = this.indicator.check(key);
    try {
      await withinResponsiveTime(this.db.query('SELECT 1'), timeoutMs);
      return session.up();
    } catch (err) {
      if (err instanceof DeadlineExceeded) return session.down({ message: err.message });
      // The route is public: the driver's words (host, port, file) stay in the log.
      this.logger.error(`database ping failed: ${(err as Error).message}`);
      return session.down({ message: 'the query failed' });
    }
  }
}
