import { maskPhonesInProse } from '../logging/mask-phones.js';
import { maskPhone } from '../phone/normalize-phone.js';
import type { Role } from './roles.js';

/**
 * Who sees a subscriber's full number (PIPL Art. 6, "smallest scope"): the one
 * table every API response, console page and export reads. Roles that dial need
 * the number to do their work; everyone else sees 138****8000 and may reveal one
 * number at a time through `POST /api/phones/reveal`, which is audited like a
 * recording listen.
 */
export type PhoneVisibility = 'full' | 'masked';

export interface PhoneVisibilityRule {
  sees: PhoneVisibility;
  /** May ask for one full number, audited (only meaningful when `sees` is masked). */
  mayReveal: boolean;
  /** Why: the README's table is this column. */
  why: string;
}

export const PHONE_VISIBILITY: Readonly<Record<Role, PhoneVisibilityRule>> = {
  agent: {
    sees: 'full',
    mayReveal: false,
    why: 'dials: sales, confirmation calls and remedial call-backs',
  },
  campaign_manager: {
    sees: 'full',
    mayReveal: false,
    why: 'builds the dial lists and keeps the blacklist the dialler uses',
  },
  inspector: {
    sees: 'masked',
    mayReveal: true,
    why: 'reviews recordings: judging the four standards does not need the number',
  },
  supervisor: {
    sees: 'masked',
    mayReveal: true,
    why: 'reviews, overturns and handles complaints; reveals when a case needs it',
  },
  auditor: {
    sees: 'masked',
    mayReveal: true,
    why: "the carrier's auditor asks about a number it already holds (ledger proof by phone)",
  },
  admin: {
    sees: 'masked',
    mayReveal: true,
    why: 'runs accounts and policies; may open any route, so sees least by default',
  },
};

export function seesFullPhones(role: Role): boolean {
  return PHONE_VISIBILITY[role].sees === 'full';
}

/** Roles that see masked numbers and may reveal one: the reveal route's @Roles. */
export const REVEAL_ROLES: Role[] = (Object.keys(PHONE_VISIBILITY) as Role[]).filter(
  (r) => PHONE_VISIBILITY[r].sees === 'masked' && PHONE_VISIBILITY[r].mayReveal,
);

/** Response fields that hold a subscriber's number, wherever they sit in a body. */
const PHONE_FIELDS = new Set(['phone']);
/**
 * Free text people typed or said, where a number turns up in passing ("打我另一个号
 * 139…", a complaint's description): numbers inside are masked, the words stay.
 * Named fields only: hashes, ids and codes are strings too and must pass unchanged.
 */
const FREE_TEXT_FIELDS = new Set([
  'text',
  'transcript',
  'description',
  'note',
  'notes',
  'comment',
  'reason',
  'overturnReason',
  'rescindedReason',
  'escalationReason',
  'outcome',
  'quote',
]);
const MAX_DEPTH = 16;

/**
 * A copy of a response body with every phone field masked, and numbers said in its
 * free text; the body itself is not changed (a service may hold on to it). Class instances are walked too (an
 * entity returned as it is must not leak), but what serialises itself or is not
 * JSON at all (a Date, Buffer, stream or StreamableFile) passes through.
 */
export function maskPhoneFields<T>(value: T, depth = 0): T {
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return value;
  if (Array.isArray(value)) return value.map((v) => maskPhoneFields(v, depth + 1)) as T;
  if (
    ['toJSON', 'pipe', 'getStream'].some(
      (m) => typeof (value as Record<string, unknown>)[m] === 'function',
    )
  )
    return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, maskedField(k, v, depth)]),
  ) as T;
}

function maskedField(key: string, v: unknown, depth: number): unknown {
  if (typeof v !== 'string') return maskPhoneFields(v, depth + 1);
  if (PHONE_FIELDS.has(key)) return maskPhone(v);
  return FREE_TEXT_FIELDS.has(key) ? maskPhonesInProse(v) : v;
}

/** The body as `role` may see it. */
export function phonesForViewer<T>(role: Role, body: T): T {
  return seesFullPhones(role) ? body : maskPhoneFields(body);
}
