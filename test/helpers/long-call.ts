import { FIXTURE_WAV, toneWav } from './audio.js';
import { seedDevCatalogue } from './catalogue-seed.js';
import { sale, VALID_SALE } from './qa-calls.js';
import { drawDaily, postWithRecording } from './console-seed.js';
import type { Page } from 'playwright-core';
import { type Account, bearer, type TestApp } from './test-app.js';

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

const STANDARDS = ['identity', 'comprehension', 'script', 'consent'];

/** standard → the checker's evidence turns of the call, unique and ascending, as the API gives them. */
export async function evidenceTurns(t: TestApp, token: string, callId: number) {
  const call = await t.http().get(`/api/calls/${callId}`).set(bearer(token)).expect(200);
  const rules = call.body.compliance.rules as Record<string, { evidence: { segment: number }[] }>;
  return Object.fromEntries(
    STANDARDS.map((s) => [
      s,
      [...new Set(rules[s].evidence.map((e) => e.segment))].sort((a, b) => a - b),
    ]),
  ) as Record<string, number[]>;
}

type Media = { currentTime: number; paused: boolean; duration: number };
/** The page's document, inside functions run in the page (the project compiles without the DOM library). */
type Doc = { getElementById(id: string): unknown; activeElement: { id: string } };

/** The page's <audio>: where it is (s) and whether it is paused. */
export const audioOf = (page: Page) =>
  page.$eval('#audio', (a) => {
    const m = a as unknown as Media;
    return { t: m.currentTime, paused: m.paused };
  });

export const focusedId = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { document: Doc }).document.activeElement.id);

/** Waits for the transcript and for the player to know the recording's length. */
export async function pageReady(page: Page) {
  await page.waitForSelector('#transcript li.seg');
  await page.waitForFunction(
    () =>
      ((globalThis as unknown as { document: Doc }).document.getElementById('audio') as Media)
        .duration > 0,
  );
}
