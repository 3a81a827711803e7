import { ApiProperty } from '@nestjs/swagger';

export class TierPlanView {
  @ApiProperty({ description: 'Share of calls drawn, 0..1' }) rate!: number;
  @ApiProperty() reviewerRole!: string;
  @ApiProperty() reviewDueBusinessDays!: number;
}

export class RecheckPolicyView {
  @ApiProperty() releaseAfterPasses!: number;
  @ApiProperty() releaseAfterBusinessDays!: number;
}

/** The public shape of the plan (GET/PUT /api/qa/plans); toPlanView returns it. */
export class PlanView {
  @ApiProperty() daily!: TierPlanView;
  @ApiProperty() weekly!: TierPlanView;
  @ApiProperty() recheck!: RecheckPolicyView;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: String, nullable: true }) updatedBy!: string | null;
}
