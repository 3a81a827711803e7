import type { Speaker, TranscriptSegment } from '../types.js';

/** A line of a test call: `a:` for the agent, `c:` for the customer ("a:您好，…"). */
export type Line = string;

/**
 * Turns lines into segments taking turns without overlap: each lasts 100 ms
 * per character (at least 500 ms) and the next starts 300 ms after.
 */
export function turns(...lines: Line[]): TranscriptSegment[] {
  let at = 0;
  return lines.map((line) => {
    const speaker: Speaker = line.startsWith('c:') ? 'customer' : 'agent';
    const text = line.replace(/^[ac]:/, '');
    const startMs = at;
    const endMs = at + Math.max(500, text.length * 100);
    at = endMs + 300;
    return { speaker, startMs, endMs, text };
  });
}

/** A polite call's frame around `middle`: greeting first, closing last. */
export function politeCall(...middle: Line[]): TranscriptSegment[] {
  return turns(
    'a:您好，我是移动合作服务中心的客服，请问您是机主本人吗？',
    'c:是我，什么事？',
    ...middle,
    'a:好的，感谢您的接听，祝您生活愉快，再见。',
  );
}
