import { type CallId, type PopulationCall, sortByCallId } from '../domain/index.js';

/**
 * The population a draw saw, stored on its run so an auditor can re-run the
 * draw. Grouped by agent, call ids sorted and delta-encoded (consecutive ids
 * cost two characters), flags as lists of positions (most calls have none):
 * 100,000 calls take a few hundred kilobytes and milliseconds.
 */
interface EncodedAgent {
  code: string;
  /** First id, then differences to the previous one. */
  ids: number[];
  flagged: number[];
  recheck: number[];
  reviewed: number[];
}

interface Encoded {
  v: 1;
  agents: EncodedAgent[];
}

export function encodePopulation(calls: readonly PopulationCall[]): string {
  // One pass in id order: each agent's list comes out ascending, with its
  // running previous id, so no per-agent lists of calls are built first.
  const byAgent = new Map<string, EncodedAgent & { previous: number }>();
  for (const call of sortByCallId(calls)) {
    let agent = byAgent.get(call.agentCode);
    if (!agent) {
      agent = {
        code: call.agentCode,
        ids: [],
        flagged: [],
        recheck: [],
        reviewed: [],
        previous: 0,
      };
      byAgent.set(call.agentCode, agent);
    }
    const id = Number(call.callId);
    const position = agent.ids.length;
    agent.ids.push(id - agent.previous);
    agent.previous = id;
    if (call.flagged) agent.flagged.push(position);
    if (call.recheck) agent.recheck.push(position);
    if (call.alreadyReviewed) agent.reviewed.push(position);
  }
  const agents: EncodedAgent[] = [];
  for (const { code, ids, flagged, recheck, reviewed } of byAgent.values())
    agents.push({ code, ids, flagged, recheck, reviewed });
  return JSON.stringify({ v: 1, agents } satisfies Encoded);
}

export function decodePopulation(text: string): PopulationCall[] {
  const encoded = JSON.parse(text) as Encoded;
  if (encoded.v !== 1) throw new Error(`Unknown population encoding v${String(encoded.v)}`);
  const calls: PopulationCall[] = [];
  for (const agent of encoded.agents) {
    const flagged = new Set(agent.flagged);
    const recheck = new Set(agent.recheck);
    const reviewed = new Set(agent.reviewed);
    let id = 0;
    agent.ids.forEach((delta, i) => {
      id += delta;
      calls.push({
        callId: id as CallId,
        agentCode: agent.code,
        flagged: flagged.has(i),
        recheck: recheck.has(i),
        alreadyReviewed: reviewed.has(i),
      });
    });
  }
  return calls;
}
