import { ApiProperty } from '@nestjs/swagger';
import { chargeGateAt, CONFIRMATION_OUTCOMES } from './domain/index.js';
import type { ConfirmationOutcome, StepStatus, TrialStatus } from './domain/trial.types.js';
import { localIso, type TrialRecord } from './persistence/trial-record.js';
import type { Trial } from './trial.entity.js';

const CANCEL_REASONS = [
  'declined',
  'sale_invalid',
  'blacklisted',
  'unreachable',
  'suspended',
  'not_confirmed',
];

export class ConfirmationStepView {
  @ApiProperty({ enum: [1, 2] }) step!: 1 | 2;
  @ApiProperty({ format: 'date-time', description: 'With the centre offset' }) dueAt!: string;
  @ApiProperty({ enum: ['scheduled', 'calling', 'done', 'invalid'] }) status!: StepStatus;
  @ApiProperty({ enum: CONFIRMATION_OUTCOMES, nullable: true })
  outcome!: ConfirmationOutcome | null;
  @ApiProperty({ type: Number, nullable: true }) callId!: number | null;
  @ApiProperty() attempt!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) callingSince!: string | null;
}

/** The public shape of a trial (contract: "Trials and confirmations"). */
export class TrialView {
  @ApiProperty() id!: number;
  @ApiProperty() phone!: string;
  @ApiProperty() productCode!: string;
  @ApiProperty({ enum: ['trial', 'confirmed', 'cancelled', 'extended', 'charged'] })
  status!: TrialStatus;
  @ApiProperty({ format: 'date' }) trialStart!: string;
  @ApiProperty({ format: 'date', description: 'Last free day' }) trialEnd!: string;
  @ApiProperty() trialDays!: number;
  @ApiProperty() extensions!: number;
  @ApiProperty({ enum: CANCEL_REASONS, nullable: true }) cancelReason!: Trial['cancelReason'];
  @ApiProperty() saleCallId!: number;
  @ApiProperty({ format: 'date-time', description: 'Nobody is charged before it' })
  chargeGateAt!: string;
  @ApiProperty({ type: [ConfirmationStepView] }) confirmations!: ConfirmationStepView[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt!: string | null;
}

export function toTrialView({ trial, steps }: TrialRecord, tz: string): TrialView {
  return {
    id: trial.id,
    phone: trial.phone,
    productCode: trial.productCode,
    status: trial.status,
    trialStart: trial.trialStart,
    trialEnd: trial.trialEnd,
    trialDays: trial.trialDays,
    extensions: trial.extensions,
    cancelReason: trial.cancelReason,
    saleCallId: trial.saleCallId,
    /** The end of the last free day: nobody is charged before it, nor without confirmation. */
    chargeGateAt: chargeGateAt(trial.trialEnd, tz),
    confirmations: steps.map((s) => ({
      step: s.step,
      dueAt: localIso(s.dueAt, tz),
      status: s.status,
      outcome: s.outcome,
      callId: s.callId,
      attempt: s.attempt,
      callingSince: s.callingSince ? localIso(s.callingSince, tz) : null,
    })),
    createdAt: trial.createdAt.toISOString(),
    updatedAt: trial.updatedAt.toISOString(),
    closedAt: trial.closedAt?.toISOString() ?? null,
  };
}
