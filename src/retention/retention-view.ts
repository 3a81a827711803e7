import { ApiProperty } from '@nestjs/swagger';
import { DATE_TIME, NULLABLE_NUMBER, NULLABLE_STRING } from '../common/http/view-props.js';
import { DATA_CLASSES } from './domain/data-classes.js';
import type { PolicyFact } from './retention-policies.service.js';
import type { PurgeOutcome } from './retention-purge.service.js';

export class RetentionPolicyView {
  @ApiProperty({ enum: DATA_CLASSES }) dataClass!: string;
  @ApiProperty({ ...NULLABLE_NUMBER, description: 'Days kept; null: kept while held' })
  keepDays!: number | null;
  @ApiProperty({ description: 'The shortest keep the law allows' }) legalMinimumDays!: number;
  @ApiProperty(NULLABLE_NUMBER) defaultDays!: number | null;
  @ApiProperty({ description: 'What a purge does to it', example: 'file deleted' })
  action!: string;
  @ApiProperty(DATE_TIME) updatedAt!: string;
  @ApiProperty(NULLABLE_STRING) updatedBy!: string | null;
}

export const toPolicyView = (p: PolicyFact): RetentionPolicyView => ({
  ...p,
  updatedAt: p.updatedAt.toISOString(),
});

export class PurgeClassView {
  @ApiProperty({ enum: DATA_CLASSES }) dataClass!: string;
  @ApiProperty() keepDays!: number;
  @ApiProperty({ ...DATE_TIME, description: 'Items whose clock started before this go' })
  cutoff!: string;
  @ApiProperty({ description: 'Past the clock and not held: what goes (would go, in a dry run)' })
  count!: number;
  @ApiProperty({ description: 'Past the clock but on legal hold: kept' }) held!: number;
  @ApiProperty({ description: 'Removed by this run (0 in a dry run)' }) removed!: number;
  @ApiProperty({ type: [Number], description: 'Ids of what goes, the first 100' }) ids!: number[];
}

export class PurgeOutcomeView {
  @ApiProperty() dryRun!: boolean;
  @ApiProperty(DATE_TIME) at!: string;
  @ApiProperty({ type: [PurgeClassView] }) classes!: PurgeClassView[];
}

export const toPurgeView = (o: PurgeOutcome): PurgeOutcomeView => ({
  dryRun: o.dryRun,
  at: o.at.toISOString(),
  classes: o.classes.map((c) => ({ ...c, cutoff: c.cutoff.toISOString() })),
});
