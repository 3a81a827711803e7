import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { OutboxEvent } from '../outbox-event.entity.js';
import type { OutboxJobData } from '../jobs/job-names.js';
import { done, failed, type JobOutcome, skipped } from '../jobs/job-outcome.js';
import { postSigned } from './signed-post.js';

/**
 * Delivers one outbox row (billing, cancellation, extension) to
 * BILLING_WEBHOOK_URL. The row was committed with the change that caused it;
 * this only moves it from `pending` to `delivered`, retried until it gets there.
 */
@Injectable()
export class OutboxDelivery {
  constructor(
    @InjectRepository(OutboxEvent) private readonly outbox: Repository<OutboxEvent>,
    private readonly config: AppConfig,
  ) {}

  async deliver({ outboxId }: OutboxJobData): Promise<JobOutcome> {
    const event = await this.outbox.findOneBy({ id: outboxId });
    if (!event || event.status !== 'pending') return skipped(`outbox ${outboxId} is not pending`);
    const { billingWebhookUrl: url, webhookSecret: secret } = this.config;
    if (!url || !secret) return skipped('no BILLING_WEBHOOK_URL configured');
    const id = `outbox-${event.id}`;
    const sent = await postSigned(url, secret, {
      id,
      type: event.type,
      body: { eventId: id, type: event.type, ...event.payload },
    });
    if (!sent.ok) {
      await this.outbox.update(
        { id: event.id },
        { attempts: event.attempts + 1, lastError: (sent.error ?? '').slice(0, 500) },
      );
      return failed(sent.error ?? 'billing webhook failed');
    }
    await this.outbox.update(
      { id: event.id, status: 'pending' },
      {
        status: 'delivered',
        attempts: event.attempts + 1,
        deliveredAt: new Date(),
        lastError: null,
      },
    );
    return done('delivered');
  }
}
