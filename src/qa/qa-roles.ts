import type { Role } from '../common/access/roles.js';

/** Who reads QA records: the reviewers and the carrier's auditors (admin is always allowed). */
export const QA_READERS: Role[] = ['inspector', 'supervisor', 'auditor'];
/** Who reviews sampled calls; which of them may review an item is the tier's plan. */
export const QA_REVIEWERS: Role[] = ['inspector', 'supervisor'];
/**
 * Who opens a review queue and submits reviews: the reviewers, and the carrier's auditors
 * for a tier an admin set up for them (reviewerRole auditor, e.g. a monthly 1% audit).
 * The tier's run says which role may review each item; the service refuses the rest.
 */
export const TIER_REVIEWERS: Role[] = [...QA_REVIEWERS, 'auditor'];
