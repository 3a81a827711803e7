import type { ScriptSections } from '../script-format.js';
import type { EvaluationInput } from '../types.js';
import { computeTrialEnd, epochDay, localDate } from '../trial-end.js';
import { normalizeText } from '../text/normalize.js';

/** One way to cancel: the tokens that must all be said ("TD" and "10658888"). */
export interface CancelRoute {
  tokens: string[];
  /** Chinese wording of the route, for routes without numbers or codes. */
  wording: string;
}

/** What the call must disclose, derived once from the product and the call date. */
export interface CallFacts {
  /** '' when the caller did not give it. */
  productName: string;
  feeCents: number;
  hasTrial: boolean;
  /** YYYY-MM-DD; null when the trial end cannot be known for this call. */
  trialEnd: string | null;
  /** The same day as days since 1970-01-01, for date arithmetic. */
  trialEndDay: number | null;
  callYear: number;
  callMonth: number;
  cancelRoutes: CancelRoute[];
  /** Every code and number of every route, to tell a wrong number from a right one. */
  cancelTokens: Set<string>;
  /** Codes and numbers the approved script gives for something else (a hotline, a usage code). */
  scriptTokens: ReadonlySet<string>;
}

const ROUTE_SPLIT = /或者|或是|或|;|\/|,?还可以|,?也可以/;
const TOKEN = /[A-Z0-9]{2,}/g;

// Products are few; their cancel methods are parsed once.
const routesByMethod = new Map<string, CancelRoute[]>();

export function parseCancelMethod(cancelMethod: string): CancelRoute[] {
  let routes = routesByMethod.get(cancelMethod);
  if (!routes) {
    if (routesByMethod.size >= 1024) routesByMethod.clear();
    routes = splitRoutes(cancelMethod);
    routesByMethod.set(cancelMethod, routes);
  }
  return routes;
}

function splitRoutes(cancelMethod: string): CancelRoute[] {
  return normalizeText(cancelMethod)
    .split(ROUTE_SPLIT)
    .map((part) => part.replace(/^[,。]+|[,。]+$/g, ''))
    .filter((part) => part.length > 0)
    .map((part) => ({ tokens: part.match(TOKEN) ?? [], wording: part }));
}

const tokenSets = new WeakMap<CancelRoute[], Set<string>>();

function tokensOf(routes: CancelRoute[]): Set<string> {
  let tokens = tokenSets.get(routes);
  if (!tokens) tokenSets.set(routes, (tokens = new Set(routes.flatMap((r) => r.tokens))));
  return tokens;
}

function expectedTrialEnd(input: EvaluationInput, saleDate: string): string | null {
  const { trialDays } = input.product;
  if (trialDays === null || trialDays <= 0) return null;
  if (input.trialEnd) return input.trialEnd;
  // A confirmation or remedial call happens after the sale; its own date says nothing about the trial.
  return input.purpose === 'marketing' ? trialEndOf(saleDate, trialDays) : null;
}

// Calls in a batch share a handful of sale dates and trial lengths; the date
// arithmetic is done once for each.
const trialEnds = new Map<string, string>();
const trialEndDays = new Map<string, number>();

function trialEndOf(saleDate: string, trialDays: number): string {
  const key = `${saleDate}|${trialDays}`;
  let end = trialEnds.get(key);
  if (end === undefined) {
    if (trialEnds.size >= 4096) trialEnds.clear();
    end = computeTrialEnd(saleDate, trialDays);
    trialEnds.set(key, end);
  }
  return end;
}

function dayOf(iso: string): number {
  let day = trialEndDays.get(iso);
  if (day === undefined) {
    if (trialEndDays.size >= 4096) trialEndDays.clear();
    day = epochDay(iso);
    trialEndDays.set(iso, day);
  }
  return day;
}

/** Throws RangeError on a malformed trial end or time zone: garbage in must not yield a verdict. */
export function deriveFacts(input: EvaluationInput): CallFacts {
  const callDate = localDate(input.startedAt, input.timeZone);
  const cancelRoutes = parseCancelMethod(input.product.cancelMethod);
  const trialEnd = expectedTrialEnd(input, callDate);
  return {
    productName: input.product.name ?? '',
    feeCents: input.product.monthlyFeeCents,
    hasTrial: input.product.trialDays !== null && input.product.trialDays > 0,
    trialEnd,
    trialEndDay: trialEnd === null ? null : dayOf(trialEnd),
    callYear: Number(callDate.slice(0, 4)),
    callMonth: Number(callDate.slice(5, 7)),
    cancelRoutes,
    cancelTokens: tokensOf(cancelRoutes),
    scriptTokens: otherScriptTokens(input.script?.sections),
  };
}

const NO_TOKENS: ReadonlySet<string> = new Set();
const scriptTokenCache = new WeakMap<ScriptSections, ReadonlySet<string>>();

function otherScriptTokens(sections: ScriptSections | undefined): ReadonlySet<string> {
  if (!sections) return NO_TOKENS;
  let tokens = scriptTokenCache.get(sections);
  if (!tokens) {
    const text = Object.entries(sections)
      .filter(([name]) => name !== 'cancel_method')
      .map(([, words]) => normalizeText(words ?? ''))
      .join('。');
    tokens = new Set(text.match(TOKEN) ?? []);
    scriptTokenCache.set(sections, tokens);
  }
  return tokens;
}
