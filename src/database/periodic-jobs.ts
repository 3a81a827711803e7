import { Injectable, Logger, OnApplicationShutdown, Optional } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import { AppConfig } from '../config/app-config.js';
import { SchedulerLock } from './scheduler-lock.js';

/** When a job fires: a six-field cron read in CENTRE_TZ, or a fixed interval. */
export type PeriodicSchedule = { cron: string } | { everySeconds: number };

/** A periodic job: every worker fires it, one claims each tick and runs it. */
export interface PeriodicJob<R> {
  /** Registry and lock name, e.g. `qa.draw.daily`; a tick is claimed once per name. */
  readonly name: string;
  readonly schedule: PeriodicSchedule;
  /** The tick a firing at `now` belongs to (the period it closes, the interval slot). */
  tickOf(now: Date): string;
  run(now: Date): Promise<R>;
  /** What a scheduled run that did something logs; nothing when it returns undefined. */
  describe(result: R): string | undefined;
  /** What an operator does when a scheduled run fails (the next tick, a route…). */
  readonly whenFailed: string;
}

/**
 * The one way periodic work runs. Only worker processes load ScheduleModule,
 * so only they schedule; every worker fires each job, and SchedulerLock (a
 * unique row per name and tick, no Redis needed) lets exactly one of them run it.
 */
@Injectable()
export class PeriodicJobs implements OnApplicationShutdown {
  private readonly logger = new Logger(PeriodicJobs.name);
  private readonly scheduled: { name: string; kind: 'cron' | 'interval' }[] = [];

  constructor(
    private readonly config: AppConfig,
    private readonly lock: SchedulerLock,
    @Optional() private readonly registry?: SchedulerRegistry,
  ) {}

  /** Whether this process schedules periodic jobs at all. */
  get schedules(): boolean {
    return this.config.runsWorkers && this.registry !== undefined;
  }

  schedule<R>(job: PeriodicJob<R>): void {
    const registry = this.registry;
    if (!this.schedules || !registry) return;
    const onTick = (): void => void this.runScheduled(job);
    if ('cron' in job.schedule) {
      const cron = CronJob.from({
        cronTime: job.schedule.cron,
        timeZone: this.config.timeZone,
        start: true,
        onTick,
      });
      registry.addCronJob(job.name, cron);
      this.scheduled.push({ name: job.name, kind: 'cron' });
    } else {
      const timer = setInterval(onTick, job.schedule.everySeconds * 1_000);
      timer.unref();
      registry.addInterval(job.name, timer);
      this.scheduled.push({ name: job.name, kind: 'interval' });
    }
  }

  /** Stops firing a job this process scheduled (its schedule changed, or it is gone). */
  unschedule(name: string): void {
    const at = this.scheduled.findIndex((j) => j.name === name);
    if (at < 0) return;
    const [{ kind }] = this.scheduled.splice(at, 1);
    this.remove(name, kind);
  }

  /** Runs the job for the tick `now` falls in, unless another worker claimed that tick (null). */
  async claimAndRun<R>(job: PeriodicJob<R>, now: Date): Promise<R | null> {
    if (!(await this.lock.claim(job.name, job.tickOf(now)))) return null;
    return job.run(now);
  }

  onApplicationShutdown(): void {
    for (const { name, kind } of this.scheduled.splice(0)) this.remove(name, kind);
  }

  private remove(name: string, kind: 'cron' | 'interval'): void {
    if (kind === 'cron' && this.registry?.doesExist('cron', name))
      this.registry.deleteCronJob(name);
    if (kind === 'interval' && this.registry?.doesExist('interval', name))
      this.registry.deleteInterval(name);
  }

  private async runScheduled<R>(job: PeriodicJob<R>): Promise<void> {
    try {
      const result = await this.claimAndRun(job, new Date());
      const said = result === null ? undefined : job.describe(result);
      if (said) this.logger.log(`${job.name}: ${said}`);
    } catch (err) {
      this.logger.error({ err }, `${job.name} failed; ${job.whenFailed}`);
    }
  }
}
