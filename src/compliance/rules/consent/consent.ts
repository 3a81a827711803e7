import type { CallPurpose, ConsentVerdict } from '../../types.js';
import type { Transcript } from '../../transcript/prepared.js';
import type { CallFacts } from '../facts.js';
import { evaluateDecision } from './decision.js';
import { evaluateMarketingConsent } from './marketing-consent.js';

/** Marketing calls need agreement to activate; confirmation and remedial calls an explicit keep-or-cancel. */
export function evaluateConsent(
  t: Transcript,
  purpose: CallPurpose,
  facts: CallFacts,
): ConsentVerdict {
  return purpose === 'marketing' ? evaluateMarketingConsent(t, facts) : evaluateDecision(t, facts);
}
