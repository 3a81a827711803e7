import { readFileSync } from 'node:fs';

/**
 * Call bodies for trial tests, built from the dev cases with their dates moved:
 * pure data, shared by the in-Jest e2e tests and the acceptance suite (which
 * must not load the application's modules).
 */
type Segment = { speaker: string; startMs: number; endMs: number; text: string };
type CallBody = Record<string, unknown> & { transcript?: Segment[] };

const CASES = JSON.parse(
  readFileSync(new URL('../fixtures/dev-cases.json', import.meta.url), 'utf8'),
) as { id: string; call: CallBody }[];
const fixture = (id: string) => structuredClone(CASES.find((c) => c.id === id)!.call);

/** 2026-11-18 → 11月18 (the day is followed by 日 or 号 in the transcripts). */
const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}`;

function retext(call: CallBody, from: string, to: string): CallBody {
  call.transcript = call.transcript?.map((s) => ({ ...s, text: s.text.replaceAll(from, to) }));
  return call;
}

/** D01 (a valid MUSIC10 sale) made at `startedAt`, stating the trial end `trialEnd`. */
export function saleCall(externalId: string, phone: string, startedAt: string, trialEnd: string) {
  return { ...retext(fixture('D01'), '12月9', monthDay(trialEnd)), externalId, phone, startedAt };
}

interface ConfirmationOptions {
  trialId: number;
  phone: string;
  startedAt: string;
  trialEnd: string;
  /** What the customer finally says (D22 says 继续用吧…). */
  reply?: string;
  /** Leave out the sentence telling the customer how to cancel. */
  withoutCancelMethod?: boolean;
  /** The sale's local date the agent recalls (D22 says 10月20日, the fixed sale of the e2e tests). */
  saleDate?: string;
}

/** D22: a valid confirmation call where the customer keeps the product. */
export function confirmationCall(externalId: string, o: ConfirmationOptions): CallBody {
  const call = retext(fixture('D22'), '11月18', monthDay(o.trialEnd));
  if (o.saleDate) retext(call, '10月20', monthDay(o.saleDate));
  const segments = call.transcript!;
  if (o.reply) segments[9].text = o.reply;
  if (o.withoutCancelMethod) segments[8].text = '请问您体验期结束后还继续使用吗？';
  return { ...call, externalId, phone: o.phone, startedAt: o.startedAt, trialId: o.trialId };
}

/** D23: a valid confirmation call where the customer declines. */
export function declineCall(externalId: string, o: Omit<ConfirmationOptions, 'reply'>) {
  const call = retext(fixture('D23'), '11月20', monthDay(o.trialEnd));
  return { ...call, externalId, phone: o.phone, startedAt: o.startedAt, trialId: o.trialId };
}

/** D24: identity never checked, so the call does not meet the four standards. */
export function invalidCall(externalId: string, o: Omit<ConfirmationOptions, 'reply'>) {
  const call = retext(fixture('D24'), '11月16', monthDay(o.trialEnd));
  return { ...call, externalId, phone: o.phone, startedAt: o.startedAt, trialId: o.trialId };
}

/** A confirmation attempt that never connected. */
export function unreachableCall(externalId: string, o: Omit<ConfirmationOptions, 'reply'>) {
  const { transcript: _t, ...call } = fixture('D22');
  return {
    ...call,
    externalId,
    phone: o.phone,
    startedAt: o.startedAt,
    trialId: o.trialId,
    outcome: 'unreachable',
    durationSeconds: 0,
  };
}
