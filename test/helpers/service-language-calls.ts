import { readFileSync } from 'node:fs';

export type Segment = {
  speaker: 'agent' | 'customer';
  startMs: number;
  endMs: number;
  text: string;
};

const CASES = JSON.parse(
  readFileSync(new URL('../fixtures/dev-cases.json', import.meta.url), 'utf8'),
) as { call: Record<string, unknown> & { transcript: Segment[] }; expected: { valid: boolean } }[];

/** A valid MUSIC10 sale: its service language is clean (score 100). */
export const CLEAN_SALE = CASES.find(
  (c) => c.expected.valid && c.call.productCode === 'MUSIC10',
)!.call;

/** The clean sale with a shirking taboo before the closing turn (nobody talks over anyone). */
function withTaboo(): { transcript: Segment[]; segment: number } {
  const transcript = CLEAN_SALE.transcript.map((s) => ({ ...s }));
  const last = transcript.map((s) => s.speaker).lastIndexOf('agent');
  const closing = transcript[last];
  transcript.splice(last, 0, { ...closing, endMs: closing.startMs + 1500, text: '这个不归我管。' });
  closing.startMs += 1800;
  return { transcript, segment: last };
}

const taboo = withTaboo();
/** Scores 85: one taboo finding, whose key is TABOO_KEY. */
export const TABOO_TRANSCRIPT = taboo.transcript;
export const TABOO_KEY = `taboo@${taboo.segment}/taboo.shirking`;

/** A call body for POST /api/calls (or the import) on 2026-11-`day` (W47 for 16–22). */
export function languageCall(key: string, agentCode: string, day: number, transcript: Segment[]) {
  return {
    ...CLEAN_SALE,
    transcript,
    externalId: `SLD-${key}`,
    agentCode,
    phone: `1392041${String(day).padStart(2, '0')}${key.length}0`,
    startedAt: `2026-11-${day}T10:00:00+08:00`,
  };
}
