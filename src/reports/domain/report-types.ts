import type { ComplaintCategoryFigures, ComplaintHandling } from './complaint-figures.js';
import type { ServiceLanguageFigures } from './service-language-figures.js';
import type { WorkOrderQaFigures } from './work-order-figures.js';

/**
 * The weekly report (与移动的沟通, domain §5) as plain data. The fields of the
 * stable contract come first; everything after `agents` is additional.
 */
import { STANDARDS, type Standard } from '../../compliance/index.js';

export { STANDARDS, type Standard };

/** Outcomes where nobody answered: every other dial counts as connected. */
export const NOT_CONNECTED = ['no_answer', 'busy', 'unreachable', 'suspended'] as const;

export interface CallCounts {
  dials: number;
  connected: number;
  sales: number;
  validSales: number;
}

export interface CallRates {
  connectRate: number | null;
  validRate: number | null;
}

export interface AgentFigures extends CallCounts, CallRates {
  agentCode: string;
  name: string | null;
  team: string | null;
  complaints: number;
  complaintRate: number | null;
}

export interface TeamFigures extends CallCounts, CallRates {
  /** null: agents without a team. */
  team: string | null;
  agents: number;
  complaints: number;
  complaintRate: number | null;
}

export interface TrendPoint extends CallCounts, CallRates {
  week: string;
  from: string;
  to: string;
  /** The stored revision these figures come from; null: computed live. */
  revision: number | null;
}

export interface QaTierFigures {
  /** A call tier's id (GET /api/qa/tiers). */
  tier: string;
  /** Its name in the report, e.g. 每日抽查（10%）; absent in revisions stored before tiers were rows. */
  label?: string;
  sampled: number;
  reviewed: number;
  passed: number;
  passRate: number | null;
  /** Share of reviewed items that passed each standard. */
  standards: Record<Standard, number | null>;
}

export interface QaSummary extends Omit<QaTierFigures, 'tier' | 'label'> {
  tiers: QaTierFigures[];
}

export interface ConfirmationFigures {
  due: number;
  done: number;
  doneRate: number | null;
  extended: number;
  cancelled: number;
  charged: number;
}

export interface StandardFailures {
  standard: Standard;
  label: string;
  failures: number;
  /** Failures / sales of the week. */
  failureRate: number | null;
  examples: { callId: number; url: string }[];
}

export interface WeeklyReport extends CallCounts, CallRates {
  week: string;
  validSales: number;
  complaints: number;
  complaintsResolved: number;
  /** Complaints of the week a dissatisfied customer reopened at least once. */
  complaintsReopened: number;
  /** Reopens per call-back over the week's complaints; null with no call-back. */
  reopenRate: number | null;
  complaintHandlers: ComplaintHandlerFigures[];
  agents: AgentFigures[];
  from: string;
  to: string;
  timeZone: string;
  /** False while the week is still running: figures will grow. */
  complete: boolean;
  invalidRate: number | null;
  complaintRate: number | null;
  teams: TeamFigures[];
  trend: TrendPoint[];
  qa: QaSummary;
  confirmations: ConfirmationFigures;
  /** 工单质量双向质检: the week's work-order draw, per handler. */
  workOrderQa: WorkOrderQaFigures;
  /** 投诉原因: causes by category, each with complaints to open. */
  complaintCategories: ComplaintCategoryFigures[];
  /** 处理结果: outcomes and handling times against the limits. */
  complaintHandling: ComplaintHandling;
  failuresByStandard: StandardFailures[];
  /** The failed standards, most failed first: what the centre must fix. */
  problems: StandardFailures[];
  /** 服务用语: rates per agent and team, recurring findings. Absent in revisions stored before it. */
  serviceLanguage?: ServiceLanguageFigures;
  reportVersion: string;
  generatedAt: string;
  /** The consent ledger's last entry before the week ended (absent from older snapshots). */
  ledgerHead?: { seq: number; hash: string };
}

/** One complaint owner's week (首问负责制: the recorder owns the complaint to the end). */
export interface ComplaintHandlerFigures {
  owner: { id: number | null; name: string | null };
  complaints: number;
  closed: number;
  reopened: number;
  reopenRate: number | null;
}
