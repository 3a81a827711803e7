import type { EntityManager } from 'typeorm';
import type { Principal } from '../common/access/principal.js';
import { BlacklistService } from '../blacklist/blacklist.service.js';
import type { Complaint } from './complaint.entity.js';

const REASON_MAX = 500;

export interface BlacklistOutcome {
  source: 'complaint' | 'opt_out';
  /** False when the number was already on the list (its first reason stays). */
  added: boolean;
}

/**
 * Domain §4: a serious complaint, or a customer's explicit opt-out, puts the
 * number on the blacklist at once, with the complaint as the reason. Runs in
 * the caller's transaction so a complaint is never stored without its entry.
 */
export async function blacklistFor(
  blacklist: BlacklistService,
  complaint: Complaint,
  actor: Principal,
  tx: EntityManager,
): Promise<BlacklistOutcome | null> {
  const serious = complaint.severity === 'serious';
  if (!serious && !complaint.optOut) return null;
  const source = serious ? 'complaint' : 'opt_out';
  const head = serious
    ? `serious complaint #${complaint.id} (${complaint.category})`
    : `opt-out recorded on complaint #${complaint.id} (${complaint.category})`;
  const reason = `${head}: ${complaint.description}`;
  const result = await blacklist.add(
    complaint.phone,
    {
      reason: reason.length > REASON_MAX ? `${reason.slice(0, REASON_MAX - 1)}…` : reason,
      source,
      actor,
      complaintId: complaint.id,
    },
    tx,
  );
  return { source, added: result.added };
}
