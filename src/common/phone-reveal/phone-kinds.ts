/** Records whose number may be revealed; each module that owns one registers its lookup. */
export const PHONE_KINDS = ['call', 'complaint', 'trial'] as const;
export type PhoneKind = (typeof PHONE_KINDS)[number];
