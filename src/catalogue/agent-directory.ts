import type { EntityManager } from 'typeorm';
import { Agent } from './agent.entity.js';

/** An agent as other modules see it (the weekly report's names and teams). */
export interface AgentListing {
  code: string;
  name: string;
  team: string | null;
}

/** Every agent by code, read in the caller's manager (the weekly report's snapshot). */
export async function agentDirectory(m: EntityManager): Promise<AgentListing[]> {
  return m
    .getRepository(Agent)
    .find({ select: { code: true, name: true, team: true }, order: { code: 'ASC' } });
}
