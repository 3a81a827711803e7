import type { ApprovedScript, CallPurpose, Evidence, ScriptVerdict } from '../../types.js';
import type { Transcript } from '../../transcript/prepared.js';
import { requiredDisclosures, type RequiredDisclosure } from '../../script-format.js';
import type { CallFacts } from '../facts.js';
import { dedupeEvidence } from '../verdict.js';
import { checkCancelMethod } from './cancel-method.js';
import { checkDescribed, featureSubjects } from './coverage.js';
import { findFreeClaims } from './misleading.js';
import { checkPrice } from './price.js';
import { SECTION_NAMES, type SectionCheck } from './section-check.js';
import { checkTrialEnd } from './trial-end.js';

function scriptVerdict(
  result: ScriptVerdict['result'],
  reasons: string[],
  evidence: Evidence[],
  missing: RequiredDisclosure[],
): ScriptVerdict {
  return { result, reasons, evidence: dedupeEvidence(evidence), missing };
}

/** Marketing calls need a marketing script; confirmation calls a confirmation one; remedial either. */
function purposeMismatch(purpose: CallPurpose, script: ApprovedScript): string | null {
  if (purpose === 'marketing' && script.purpose !== 'marketing') {
    return `营销电话使用了${script.version}回访话术，而非核准的营销话术`;
  }
  if (purpose === 'confirmation' && script.purpose !== 'confirmation') {
    return `确认回访电话使用了${script.version}营销话术，而非核准的回访话术`;
  }
  return null;
}

function checkSection(
  name: RequiredDisclosure,
  t: Transcript,
  script: ApprovedScript,
  facts: CallFacts,
): SectionCheck {
  switch (name) {
    case 'features':
    case 'usage':
      return checkDescribed(t, script.sections, name, facts.productName);
    case 'price':
      return checkPrice(t, facts, script.sections);
    case 'trial_end':
      return checkTrialEnd(t, facts);
    case 'cancel_method':
      return checkCancelMethod(t, facts);
  }
}

/**
 * Standard 3: an approved script for this call's purpose was used and every
 * required item was conveyed correctly: facts (fee, trial end, cancel codes)
 * are checked against the product, free text against the script's wording.
 */
export function evaluateScript(
  t: Transcript,
  script: ApprovedScript | null,
  purpose: CallPurpose,
  facts: CallFacts,
): ScriptVerdict {
  if (script === null) return scriptVerdict('fail', ['该话术版本没有经过核准的脚本'], [], []);
  const mismatch = purposeMismatch(purpose, script);
  const missing: RequiredDisclosure[] = [];
  const failReasons: string[] = mismatch ? [mismatch] : [];
  const otherReasons: string[] = [];
  const evidence: Evidence[] = [];
  let unknown = false;
  for (const name of requiredDisclosures(facts.hasTrial)) {
    const check = checkSection(name, t, script, facts);
    evidence.push(...check.evidence);
    if (check.status === 'missing' || check.status === 'wrong') {
      missing.push(name);
      failReasons.push(...check.reasons);
    } else {
      if (check.status === 'unknown') unknown = true;
      otherReasons.push(...check.reasons);
    }
  }
  const claims = findFreeClaims(t, facts, featureSubjects(script.sections, facts.productName));
  const misleading = claims.misleading;
  if (claims.unclear.length > 0) {
    unknown = true;
    const said = claims.unclear.map((e) => `第${e.segment + 1}段“${e.phrase}”`).join('、');
    otherReasons.push(`坐席说${said}，无法判断所说免费是指体验期还是业务本身，需人工复核`);
    evidence.push(...claims.unclear);
  }
  if (misleading.length > 0) {
    const claims = [...new Set(misleading.map((e) => e.phrase))].join('、');
    failReasons.push(`坐席对收费业务作出误导性表述（${claims}），未如实告知${SECTION_NAMES.price}`);
    evidence.push(...misleading);
    if (!missing.includes('price')) missing.push('price');
  }
  const order = requiredDisclosures(facts.hasTrial);
  missing.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  if (failReasons.length > 0) return scriptVerdict('fail', failReasons, evidence, missing);
  if (unknown) return scriptVerdict('unknown', otherReasons, evidence, missing);
  return scriptVerdict('pass', otherReasons, evidence, missing);
}
