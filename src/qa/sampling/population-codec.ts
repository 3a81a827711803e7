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
  const byAgent = new Map<string, PopulationCall[]>();
  // Sorted once up front, so each agent's list is built in ascending order.
  for (const call of sortByCallId(calls)) {
    const list = byAgent.get(call.agentCode);
    if (list) list.push(call);
    else byAgent.set(call.agentCode, [call]);
  }
  const agents: EncodedAgent[] = [];
  for (const [code, list] of byAgent) {
    const agent: EncodedAgent = { code, ids: [], flagged: [], recheck: [], reviewed: [] };
    let previous = 0;
    for (let i = 0; i < list.length; i++) {
      const call = list[i];
      const id = Number(call.callId);
      agent.ids.push(id - previous);
      previous = id;
      if (call.flagged) agent.flagged.push(i);
      if (call.recheck) agent.recheck.push(i);
      if (call.alreadyReviewed) agent.reviewed.push(i);
    }
    agents.push(agent);
  }
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
