import type { EvaluationInput } from '../types.js';
import { computeTrialEnd, localDate } from '../trial-end.js';
import { normalizeText } from '../text/normalize.js';

/** One way to cancel: the tokens that must all be said ("TD" and "10658888"). */
export interface CancelRoute {
  tokens: string[];
  /** Chinese wording of the route, for routes without numbers or codes. */
  wording: string;
}

/** What the call must disclose, derived once from the product and the call date. */
export interface CallFacts {
  feeCents: number;
  hasTrial: boolean;
  /** YYYY-MM-DD; null when the trial end cannot be known for this call. */
  trialEnd: string | null;
  callYear: number;
  callMonth: number;
  cancelRoutes: CancelRoute[];
  /** Every code and number of every route, to tell a wrong number from a right one. */
  cancelTokens: Set<string>;
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
  return input.purpose === 'marketing' ? computeTrialEnd(saleDate, trialDays) : null;
}

export function deriveFacts(input: EvaluationInput): CallFacts {
  const callDate = localDate(input.startedAt, input.timeZone);
  const cancelRoutes = parseCancelMethod(input.product.cancelMethod);
  return {
    feeCents: input.product.monthlyFeeCents,
    hasTrial: input.product.trialDays !== null && input.product.trialDays > 0,
    trialEnd: expectedTrialEnd(input, callDate),
    callYear: Number(callDate.slice(0, 4)),
    callMonth: Number(callDate.slice(5, 7)),
    cancelRoutes,
    cancelTokens: tokensOf(cancelRoutes),
  };
}
