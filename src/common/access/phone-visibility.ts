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
const MAX_DEPTH = 16;

/**
 * A copy of a response body with every phone field masked; the body itself is
 * not changed (a service may hold on to it). Class instances are walked too (an
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
    Object.entries(value).map(([k, v]) => [
      k,
      PHONE_FIELDS.has(k) && typeof v === 'string' ? maskPhone(v) : maskPhoneFields(v, depth + 1),
    ]),
  ) as T;
}

/** The body as `role` may see it. */
export function phonesForViewer<T>(role: Role, body: T): T {
  return seesFullPhones(role) ? body : maskPhoneFields(body);
}
