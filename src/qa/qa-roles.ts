import type { Role } from '../common/access/roles.js';

/** Who reads QA records: the reviewers and the carrier's auditors (admin is always allowed). */
export const QA_READERS: Role[] = ['inspector', 'supervisor', 'auditor'];
/** Who reviews sampled calls; which of them may review an item is the tier's plan. */
export const QA_REVIEWERS: Role[] = ['inspector', 'supervisor'];
