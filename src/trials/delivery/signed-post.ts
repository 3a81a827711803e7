import { createHmac } from 'node:crypto';

export const SIGNATURE_HEADER = 'X-Signature';
const TIMEOUT_MS = 10_000;

/** `sha256=<hex>`: HMAC-SHA256 of the exact request body with WEBHOOK_SECRET. */
export function signature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export interface Delivery {
  ok: boolean;
  /** Why it did not work, for the job's failure reason and the outbox row. */
  error?: string;
}

/**
 * POSTs a JSON event signed with the shared secret. `X-Event-Id` is stable
 * across retries so the receiver can drop duplicates. Never throws.
 */
export async function postSigned(
  url: string,
  secret: string,
  event: { id: string; type: string; body: object },
): Promise<Delivery> {
  const body = JSON.stringify(event.body);
  try {
    const res = await fetch(url, {
      method: 'POST',
      body,
      headers: {
        'Content-Type': 'application/json',
        [SIGNATURE_HEADER]: signature(secret, body),
        'X-Event-Id': event.id,
        'X-Event-Type': event.type,
      },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await res.body?.cancel();
    return res.ok ? { ok: true } : { ok: false, error: `${url} answered ${res.status}` };
  } catch (err) {
    return { ok: false, error: `${url} unreachable: ${(err as Error).message}` };
  }
}
