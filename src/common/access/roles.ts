/*
 * Roles, the route decorators (decorators.ts) and the Principal type live in
 * common, not auth: every module guards its routes with them, common's own
 * routes too (audit log, health), and auth's guard reads the same keys.
 */
export const ROLES = [
  'admin',
  'inspector',
  'supervisor',
  'campaign_manager',
  'agent',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

/** Everyone who may read QA and compliance data. */
export const READ_ROLES: Role[] = [
  'admin',
  'inspector',
  'supervisor',
  'campaign_manager',
  'auditor',
];
