import { FIXTURE_WAV, toneWav } from './audio.js';
import { seedDevCatalogue } from './catalogue-seed.js';
import { sale, VALID_SALE } from './qa-calls.js';
import { drawDaily, postWithRecording } from './console-seed.js';
import type { Account, TestApp } from './test-app.js';

type Segment = { speaker: string; startMs: number; endMs: number; text: string };

export const TURNS = 300;
const TURN_MS = 500;
export const LONG_MS = TURNS * TURN_MS;

/** 300 turns: the valid sale D02 said over and over, half a second a turn, so evidence repeats dozens of times. */
export function longTranscript(): Segment[] {
  const base = VALID_SALE.transcript as Segment[];
  return Array.from({ length: TURNS }, (_, i) => ({
    speaker: base[i % base.length].speaker,
    text: base[i % base.length].text,
    startMs: i * TURN_MS,
    endMs: i * TURN_MS + TURN_MS - 50,
  }));
}

export interface LongCalls {
  inspector: Account;
  inspectorToken: string;
  /** Recording as long as the transcript, and one of 14 s under the same 150 s transcript. */
  calls: { long: number; short: number };
  items: { id: number; callId: number }[];
}

/** Two long calls on 2026-11-20 with recordings, drawn into the daily sample for the only inspector. */
export async function seedLongCalls(t: TestApp): Promise<LongCalls> {
  await seedDevCatalogue(t);
  const agentToken = await t.tokenFor('agent', 'dialer');
  const inspector = await t.accountFor('inspector', '质检员 李娜');
  const transcript = longTranscript();
  const post = async (key: string, audio: Buffer, at: string) => {
    const body = {
      ...sale(`LONG-${key}`, { agentCode: 'A002', startedAt: `2026-11-20T${at}:00+08:00` }),
      durationSeconds: LONG_MS / 1000,
      transcript,
    };
    return (await postWithRecording(t, agentToken, body, audio)).id;
  };
  const long = await post('full', toneWav(transcript, LONG_MS), '10:00');
  const short = await post('cut', FIXTURE_WAV, '10:30');
  const run = await drawDaily(t, '2026-11-20');
  return {
    inspector,
    inspectorToken: inspector.token,
    calls: { long, short },
    items: run.body.items,
  };
}
