import { SetMetadata } from '@nestjs/common';

export const AUDIT_KEY = 'audit';

export interface AuditMeta {
  action: string;
  entity: string;
  /** Route parameter that identifies the entity when the response has no `id`. */
  param?: string;
}

/** Names the audit action for a state-changing route (otherwise derived from the route). */
export const Audited = (action: string, entity: string, param?: string) =>
  SetMetadata(AUDIT_KEY, { action, entity, param } satisfies AuditMeta);
