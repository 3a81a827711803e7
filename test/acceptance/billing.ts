import { createHmac } from 'node:crypto';
import { waitFor } from '../helpers/wait-for.js';
import { WebhookReceiver } from '../helpers/webhook-receiver.js';

const SECRET = 'acceptance-billing-secret';

/** A local endpoint standing in for BILLING_WEBHOOK_URL: it checks each event's signature. */
export class BillingReceiver {
  private readonly receiver = new WebhookReceiver();

  /** Starts listening; returns the service environment that points billing here. */
  async start(): Promise<Record<string, string>> {
    const url = await this.receiver.start();
    return { BILLING_WEBHOOK_URL: `${url}/billing`, WEBHOOK_SECRET: SECRET };
  }

  /** The trial's first `count` events, in delivery order, once they have arrived. */
  eventsOf(trialId: number, count: number): Promise<Record<string, unknown>[]> {
    return waitFor(() => {
      const mine = this.receiver.to('/billing').filter((r) => r.body.trialId === trialId);
      for (const r of mine) {
        const expected = `sha256=${createHmac('sha256', SECRET).update(r.raw).digest('hex')}`;
        if (r.headers['x-signature'] !== expected) throw new Error(`unsigned event: ${r.raw}`);
      }
      return mine.length >= count && mine.map((r) => r.body);
    }, `${count} billing event(s) of trial ${trialId}`);
  }

  stop(): Promise<void> {
    return this.receiver.stop();
  }
}
