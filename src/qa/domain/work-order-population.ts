import type { PopulationCall } from './draw.js';

/** A closed complaint as the draw needs it. */
export interface ClosedWorkOrder {
  id: number;
  ownerId: number | null;
  reopenCount: number;
  missedLimits: readonly string[];
}

/** The stratum of an unowned complaint (recorded by no user): drawn like any handler's. */
export const NO_HANDLER = 'none';

/**
 * The week's closed complaints as a draw population, so the call draw's code
 * (drawSample) is reused unchanged: the complaint id stands for the call id,
 * the handler for the agent (the random share is spread across handlers), and
 * every reopened or overdue work order is `flagged`, so it is always taken.
 */
export function workOrderPopulation(complaints: readonly ClosedWorkOrder[]): PopulationCall[] {
  return complaints.map((c) => ({
    callId: c.id,
    agentCode: c.ownerId === null ? NO_HANDLER : String(c.ownerId),
    flagged: c.reopenCount > 0 || c.missedLimits.length > 0,
    recheck: false,
  }));
}
