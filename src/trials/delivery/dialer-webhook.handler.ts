import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { jobId, type StepJobData } from '../jobs/job-names.js';
import { done, failed, type JobOutcome, skipped } from '../jobs/job-outcome.js';
import { TrialStep } from '../trial-step.entity.js';
import { DueConfirmations } from './due-confirmations.service.js';
import { postSigned } from './signed-post.js';

/**
 * Hands a due step to the dialer (CONFIRMATION_WEBHOOK_URL). Only a step still
 * `calling` on the same attempt of an open trial is sent; a failed POST fails
 * the job so BullMQ retries it with backoff.
 */
@Injectable()
export class DialerWebhook {
  constructor(
    @InjectRepository(TrialStep) private readonly steps: Repository<TrialStep>,
    private readonly due: DueConfirmations,
    private readonly config: AppConfig,
  ) {}

  async send(data: StepJobData): Promise<JobOutcome> {
    const { confirmationWebhookUrl: url, webhookSecret: secret } = this.config;
    if (!url || !secret) return skipped('no CONFIRMATION_WEBHOOK_URL configured');
    const item = await this.due.one(data.trialId, data.step);
    if (!item || item.attempt !== data.attempt) return skipped('the step is no longer due');
    const row = await this.steps.findOneBy({ trialId: data.trialId, step: data.step });
    if (row?.dialerNotifiedAt) return skipped('the dialer already has this step');
    const id = jobId.webhook(data);
    const sent = await postSigned(url, secret, {
      id,
      type: 'confirmation.due',
      body: { type: 'confirmation.due', eventId: id, ...item },
    });
    if (!sent.ok) return failed(sent.error ?? 'dialer webhook failed');
    await this.steps
      .createQueryBuilder()
      .update()
      .set({ dialerNotifiedAt: new Date() })
      .where('trial_id = :trialId AND step = :step AND attempt = :attempt', data)
      .andWhere('dialer_notified_at IS NULL')
      .execute();
    return done('sent to the dialer');
  }
}
