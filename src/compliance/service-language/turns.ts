import type { Segment } from '../transcript/prepared.js';
import { scan, withoutFillers, type CompiledList, type Hit } from './matcher.js';
import type { FamilyKind } from './types.js';

/** A backchannel is short: "好的好的，对对" is listening; a longer turn is talking. */
const BACKCHANNEL_MAX_CHARS = 8;
const PUNCTUATION = /[,。?]/g;

/** One agent (or customer) turn, normalised and scanned once for every rule. */
export interface Turn {
  index: number;
  raw: string;
  text: string;
  /** Characters said, punctuation excluded. */
  length: number;
  hits: Map<FamilyKind, Hit[]>;
  backchannel: boolean;
}

/** Hits of a kind that count: not negated, not repeating someone else's words. */
export function live(turn: Turn, kind: FamilyKind): Hit[] {
  return (turn.hits.get(kind) ?? []).filter((h) => !h.negated && !h.quoted);
}

function isBackchannel(compiled: CompiledList, text: string, said: string): boolean {
  if (said.length === 0) return true;
  if (said.length > BACKCHANNEL_MAX_CHARS) return false;
  const hits = scan(compiled, text, true).get('backchannel');
  if (!hits) return false;
  const covered = new Array<boolean>(text.length).fill(false);
  for (const h of hits) for (let i = h.begin; i < h.end; i++) covered[i] = true;
  for (let i = 0; i < text.length; i++) {
    if (!covered[i] && text[i] !== ',' && text[i] !== '。' && text[i] !== '?') return false;
  }
  return true;
}

/**
 * A segment as a turn. Its text is the checker's normalised text (the
 * Transcript prepared it once for the four standards), fillers taken out.
 */
export function toTurn(compiled: CompiledList, segment: Segment): Turn {
  const text = withoutFillers(segment.text);
  const said = text.replace(PUNCTUATION, '');
  return {
    index: segment.index,
    raw: segment.raw,
    text,
    length: said.length,
    hits: scan(compiled, text),
    backchannel: isBackchannel(compiled, text, said),
  };
}

/** The agent's turns that say anything (ASR may leave empty segments), in order. */
export function agentTurns(agent: readonly Segment[], compiled: CompiledList): Turn[] {
  const turns: Turn[] = [];
  for (const s of agent) {
    if (s.raw.trim() === '') continue;
    const turn = toTurn(compiled, s);
    if (turn.length > 0) turns.push(turn);
  }
  return turns;
}
