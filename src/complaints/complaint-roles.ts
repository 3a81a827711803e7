import type { Role } from '../common/access/roles.js';

/** Admin is always allowed (see @Roles); agents are the subject of complaints, not handlers. */
export const COMPLAINT_RECORDERS: Role[] = ['supervisor', 'inspector', 'campaign_manager'];
export const COMPLAINT_READERS: Role[] = [...COMPLAINT_RECORDERS, 'auditor'];
