import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { hostname } from 'node:os';
import { QueryFailedError, Repository } from 'typeorm';
import { SchedulerRun } from './scheduler-run.entity.js';

/**
 * Cron handlers run in every worker process; the database decides which one
 * acts for a given tick. Works the same on SQLite and PostgreSQL and needs no Redis.
 */
@Injectable()
export class SchedulerLock {
  private readonly owner = `${hostname()}:${process.pid}`;

  constructor(@InjectRepository(SchedulerRun) private readonly runs: Repository<SchedulerRun>) {}

  async claim(name: string, tick: string): Promise<boolean> {
    try {
      await this.runs.insert({ name, tick, claimedAt: new Date(), claimedBy: this.owner });
      return true;
    } catch (err) {
      if (isUniqueViolation(err)) return false;
      throw err;
    }
  }
}

export function isUniqueViolation(err: unknown): boolean {
  if (!(err instanceof QueryFailedError)) return false;
  const driverError = err.driverError as { code?: string; message?: string };
  return driverError.code === '23505' || /UNIQUE constraint failed/.test(driverError.message ?? '');
}

/** A concurrent writer won: unique violation, or PostgreSQL's deadlock / serialization failure. */
export function isConcurrencyConflict(err: unknown): boolean {
  if (isUniqueViolation(err)) return true;
  if (!(err instanceof QueryFailedError)) return false;
  const code = (err.driverError as { code?: string }).code;
  return code === '40P01' || code === '40001';
}
