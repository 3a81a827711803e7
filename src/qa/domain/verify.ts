import { type CallId, callIdKey } from './call-id.js';
import type { SampleItem, SampleReason } from './draw.js';

export interface StoredItem {
  callId: CallId;
  reason: SampleReason;
  agentCode?: string;
}

export interface VerifyResult {
  reproduced: boolean;
  /** Recomputed but not stored: the stored draw lost or never had them. */
  missing: SampleItem[];
  /** Stored but not recomputed: added, or chosen for another reason. */
  unexpected: StoredItem[];
}

/**
 * Compares a run's stored items with the draw recomputed from its seed and stored
 * population. A call counts as the same item only with the same reason; call ids
 * compare as text because the database may hand numbers back as strings.
 */
export function verifyDraw(
  stored: readonly StoredItem[],
  recomputed: readonly SampleItem[],
): VerifyResult {
  const key = (item: StoredItem) => `${callIdKey(item.callId)}\u0000${item.reason}`;
  const recomputedKeys = new Set(recomputed.map(key));
  const storedKeys = new Set<string>();
  const unexpected: StoredItem[] = [];
  for (const item of stored) {
    const k = key(item);
    // A second copy of a stored item is unexpected too: a call is sampled once per run.
    if (!recomputedKeys.has(k) || storedKeys.has(k)) unexpected.push(item);
    storedKeys.add(k);
  }
  const missing = recomputed.filter((item) => !storedKeys.has(key(item)));
  return {
    reproduced: missing.length === 0 && unexpected.length === 0,
    missing,
    unexpected,
  };
}
