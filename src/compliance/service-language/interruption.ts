import type { Transcript } from '../transcript/prepared.js';
import type { TranscriptSegment } from '../types.js';
import type { CompiledList } from './matcher.js';
import { toTurn, type Turn } from './turns.js';
import type { ServiceLanguageFinding } from './types.js';

/**
 * ASR segment boundaries are a few hundred milliseconds off, and people take
 * turns with a short overlap: an agent starting within this much of the end of
 * the customer's turn did not interrupt.
 */
export const OVERLAP_TOLERANCE_MS = 500;

const hasTimings = (segments: readonly TranscriptSegment[]) =>
  segments.every(
    (s) => Number.isFinite(s.startMs) && Number.isFinite(s.endMs) && s.endMs >= s.startMs,
  ) && segments.some((s) => s.endMs > 0);

/**
 * The agent starts a turn while the customer's turn is still running, by the
 * timings: the customer started first and goes on for more than the tolerance
 * after the agent began. Backchannels on either side (the agent's "嗯，对",
 * the customer's "好的") are listening, not taking the floor, and are ignored.
 * Transcripts without usable timings (all zero, or end before start) are not judged.
 */
export function interruptionFindings(
  segments: readonly TranscriptSegment[],
  prepared: Transcript,
  agent: Turn[],
  compiled: CompiledList,
): ServiceLanguageFinding[] {
  if (agent.length === 0 || !hasTimings(segments)) return [];
  const customerTalks = new Map<number, boolean>();
  const talks = (i: number) => {
    if (!customerTalks.has(i)) {
      const talking =
        typeof segments[i].text === 'string' && !toTurn(compiled, prepared.segments[i]).backchannel;
      customerTalks.set(i, talking);
    }
    return customerTalks.get(i)!;
  };
  const findings: ServiceLanguageFinding[] = [];
  for (const turn of agent) {
    if (turn.backchannel) continue;
    const a = segments[turn.index];
    let longest = 0;
    for (let i = 0; i < segments.length; i++) {
      const c = segments[i];
      if (c.speaker !== 'customer' || c.startMs >= a.startMs || c.endMs <= a.startMs) continue;
      const overlap = Math.min(c.endMs, a.endMs) - a.startMs;
      if (overlap > OVERLAP_TOLERANCE_MS && overlap > longest && talks(i)) longest = overlap;
    }
    if (longest > 0) {
      findings.push({
        kind: 'interruption',
        segment: turn.index,
        text: turn.raw,
        reason: `客户还在说话时坐席插话（重叠 ${(longest / 1000).toFixed(1)} 秒）`,
        overlapMs: longest,
      });
    }
  }
  return findings;
}
