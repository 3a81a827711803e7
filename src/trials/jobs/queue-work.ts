import { JobName, jobId, type JobDataMap } from './job-names.js';

/** One job to put on the queue; `runAt` null means now. */
export interface JobSpec<N extends JobName = JobName> {
  name: N;
  id: string;
  data: JobDataMap[N];
  runAt: Date | null;
}

/** Queue changes that follow from a committed transaction. */
export interface QueueWork {
  add: JobSpec[];
  remove: string[];
}

export const emptyWork = (): QueueWork => ({ add: [], remove: [] });

export function mergeWork(into: QueueWork, more: QueueWork): QueueWork {
  into.add.push(...more.add);
  into.remove.push(...more.remove);
  return into;
}

export const jobs = {
  step: (data: JobDataMap[JobName.StepDue], runAt: Date): JobSpec => ({
    name: JobName.StepDue,
    id: jobId.step(data),
    data,
    runAt,
  }),
  gate: (data: JobDataMap[JobName.ChargeGate], runAt: Date): JobSpec => ({
    name: JobName.ChargeGate,
    id: jobId.gate(data),
    data,
    runAt,
  }),
  webhook: (data: JobDataMap[JobName.DialerWebhook]): JobSpec => ({
    name: JobName.DialerWebhook,
    id: jobId.webhook(data),
    data,
    runAt: null,
  }),
  outbox: (data: JobDataMap[JobName.OutboxDelivery]): JobSpec => ({
    name: JobName.OutboxDelivery,
    id: jobId.outbox(data),
    data,
    runAt: null,
  }),
};
