import { Injectable, OnModuleInit } from '@nestjs/common';
import { DialerWebhook } from '../delivery/dialer-webhook.handler.js';
import { OutboxDelivery } from '../delivery/outbox-delivery.handler.js';
import { TrialJobs } from '../transitions/trial-jobs.service.js';
import { type JobDataMap, JobName } from '../jobs/job-names.js';
import { failed, type JobOutcome } from '../jobs/job-outcome.js';

type Handlers = { [N in JobName]: (data: JobDataMap[N]) => Promise<JobOutcome> };

/** The one place that maps a job to its handler. */
@Injectable()
export class JobHandlers implements OnModuleInit {
  private readonly handlers: Handlers;

  constructor(trials: TrialJobs, dialer: DialerWebhook, outbox: OutboxDelivery) {
    this.handlers = {
      [JobName.StepDue]: (d) => trials.stepDue(d),
      [JobName.ChargeGate]: (d) => trials.chargeGate(d),
      [JobName.DialerWebhook]: (d) => dialer.send(d),
      [JobName.OutboxDelivery]: (d) => outbox.deliver(d),
    };
  }

  /** Start-up check: every job name has exactly one handler, and nothing else has one. */
  onModuleInit(): void {
    const names = Object.values(JobName) as string[];
    const mapped = Object.keys(this.handlers);
    const missing = names.filter((n) => !mapped.includes(n));
    const extra = mapped.filter((n) => !names.includes(n));
    if (missing.length || extra.length) {
      throw new Error(`Job handlers out of step: missing [${missing}], unknown [${extra}]`);
    }
  }

  /** Runs the job's handler; an unknown job name is a failure, never a crash. */
  dispatch(job: { name: string; data: unknown }): Promise<JobOutcome> {
    const handler = this.handlers[job.name as JobName] as
      ((data: unknown) => Promise<JobOutcome>) | undefined;
    return handler ? handler(job.data) : Promise.resolve(failed(`no handler for job ${job.name}`));
  }
}

/** A `failed` outcome fails the BullMQ job, so it is retried with backoff and then kept. */
export function throwIfFailed(outcome: JobOutcome): JobOutcome {
  if (outcome.status === 'failed') throw new Error(outcome.reason ?? 'job failed');
  return outcome;
}
