/**
 * 合格工单界定标准: what a closed complaint (work order) must show to pass its
 * quality review (工单质量双向质检, issue 17). A work order passes when every
 * item passes; a failed item carries the reviewer's note, which goes back to
 * the handler. Pure: the service validates and stores what this returns.
 */
import { InvalidInputError } from '../../common/errors.js';

export const WORK_ORDER_CRITERIA = [
  'causeRecorded',
  'outcomeRecorded',
  'withinLimits',
  'calledBack',
  'validityCorrect',
  'courteous',
] as const;
export type WorkOrderCriterion = (typeof WORK_ORDER_CRITERIA)[number];

/** Chinese names for the console and the printed report. */
export const WORK_ORDER_CRITERION_NAMES: Record<WorkOrderCriterion, string> = {
  causeRecorded: '投诉原因记录详细',
  outcomeRecorded: '处理结果记录完整',
  withinLimits: '首次联系与处理在时限内',
  calledBack: '已回访客户',
  validityCorrect: '有效性判定正确',
  courteous: '处理过程文明礼貌',
};

export interface CriterionResult {
  pass: boolean;
  note?: string | null;
}

export type WorkOrderChecks = Record<WorkOrderCriterion, CriterionResult>;

export interface JudgedChecks {
  checks: Record<WorkOrderCriterion, { pass: boolean; note: string | null }>;
  passed: boolean;
  failed: WorkOrderCriterion[];
}

/** Every criterion judged; a fail without a note is refused, naming `checks.<criterion>.note`. */
export function judgeChecks(
  input: Partial<Record<WorkOrderCriterion, CriterionResult>>,
): JudgedChecks {
  const checks = {} as JudgedChecks['checks'];
  const failed: WorkOrderCriterion[] = [];
  for (const criterion of WORK_ORDER_CRITERIA) {
    const result = input[criterion];
    if (!result) throw new InvalidInputError(`checks.${criterion}: judge every criterion`);
    const note = result.note?.trim() || null;
    if (!result.pass && !note)
      throw new InvalidInputError(
        `checks.${criterion}.note: a failed criterion needs a note for the handler`,
        'WORK_ORDER_NOTE_REQUIRED',
      );
    checks[criterion] = { pass: result.pass, note };
    if (!result.pass) failed.push(criterion);
  }
  return { checks, passed: failed.length === 0, failed };
}
