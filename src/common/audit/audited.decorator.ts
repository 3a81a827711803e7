import { SetMetadata } from '@nestjs/common';

export const AUDIT_KEY = 'audit';

export interface AuditMeta {
  action: string;
  entity: string;
  /** Response field, else route parameter, that identifies the entity when the response has no `id`. */
  param?: string;
  /** The path names a person (a phone number): its path and entity id are stored masked. */
  maskPhones?: boolean;
}

/** Names the audit action for a state-changing route (otherwise derived from the route). */
export const Audited = (action: string, entity: string, param?: string, maskPhones?: boolean) =>
  SetMetadata(AUDIT_KEY, { action, entity, param, maskPhones } satisfies AuditMeta);
