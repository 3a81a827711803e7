import type { Evidence } from '../../types.js';
import type { Segment, Transcript } from '../../transcript/prepared.js';
import type { DateMention } from '../../text/dates.js';
import type { CallFacts } from '../facts.js';
import { datesIn, distanceToTrialEnd, TRIAL_END_TOLERANCE_DAYS } from '../fact-mentions.js';
import { missing, ok, speakerUnclear, wrong, type SectionCheck } from './section-check.js';

/** A date is about the trial when its clause, or the one before, talks about the trial or charging. */
const TRIAL_CONTEXT =
  /体验|试用|免费|到期|截止|结束|为止|之前|以前|之后|以后|开始收费|收费|扣费|扣钱|计费/;

/** "从3月5号开始", "3月5号起", "3月5号开通的": when the trial began, not when it ends. */
const START_AFTER = /^(?:起|开始(?!收|扣|计)|开通|办理|办的|开的)/;
const START_BEFORE = /从[^,。?到至]{0,4}$/;

function isStartDate(text: string, d: DateMention): boolean {
  return START_AFTER.test(text.slice(d.end)) || START_BEFORE.test(text.slice(0, d.begin));
}

function trialDates(s: Segment, facts: CallFacts): DateMention[] {
  const clauses = s.clauses;
  return datesIn(s, facts).filter((d) => {
    if (isStartDate(s.text, d)) return false;
    const at = clauses.findIndex((c) => d.begin >= c.begin && d.begin < c.end);
    const context = clauses
      .slice(Math.max(0, at - 1), at + 1)
      .map((c) => c.text)
      .join(',');
    return TRIAL_CONTEXT.test(context);
  });
}

/** How an agent tells the trial's end; a customer checking it back asks instead. */
const TELLS_TRIAL = /体验期到|试用到|体验到|免费体验|免费试用|体验期截止/;

/** The right trial end told, as a statement, in a turn tagged customer. */
function customerTaggedTrialEnd(t: Transcript, facts: CallFacts): Evidence | null {
  for (const s of t.customer) {
    if (!TELLS_TRIAL.test(s.text) || s.text.includes('?')) continue;
    const date = trialDates(s, facts).find(
      (d) => (distanceToTrialEnd(d, facts) ?? Infinity) <= TRIAL_END_TOLERANCE_DAYS,
    );
    if (date) return s.evidence(date.raw);
  }
  return null;
}

function isoLabel(iso: string): string {
  return `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
}

/** The trial's last day must be said as a date within a day of the real one. */
export function checkTrialEnd(t: Transcript, facts: CallFacts): SectionCheck {
  const said: Array<{ date: DateMention; evidence: Evidence }> = [];
  for (const s of t.agent) {
    for (const date of trialDates(s, facts)) said.push({ date, evidence: s.evidence(date.raw) });
  }
  if (facts.trialEnd === null) {
    if (said.length === 0) return missing('坐席未告知体验期截止日期');
    return {
      status: 'unknown',
      reasons: ['未提供体验期截止日期，无法核对坐席所说日期是否正确'],
      evidence: said.map((x) => x.evidence),
    };
  }
  const expected = isoLabel(facts.trialEnd);
  const right = said.filter(
    (x) => (distanceToTrialEnd(x.date, facts) ?? Infinity) <= TRIAL_END_TOLERANCE_DAYS,
  );
  const wrongSaid = said.filter((x) => !right.includes(x));
  if (wrongSaid.length > 0) {
    const dates = wrongSaid.map((x) => x.date.raw).join('、');
    return wrong(
      `坐席所说体验期截止日期（${dates}）与实际截止日期${expected}不符`,
      wrongSaid.map((x) => x.evidence),
    );
  }
  const told = right.length === 0 ? customerTaggedTrialEnd(t, facts) : null;
  if (told)
    return speakerUnclear('体验期截止日期', '出现在标为客户的话语中，像是坐席的告知', [told]);
  if (right.length === 0) return missing(`坐席未告知体验期截止日期（应为${expected}）`);
  return ok(
    `已告知体验期截止日期${expected}`,
    right.map((x) => x.evidence),
  );
}
