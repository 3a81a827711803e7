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
