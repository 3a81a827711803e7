import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DATE_TIME } from '../../common/http/view-props.js';
import type { RecheckEntry } from '../domain/index.js';

/** An agent under heightened re-checks (contract: `{agentCode, reason, since, until?}`). */
export class RecheckView implements RecheckEntry {
  @ApiProperty() agentCode!: string;
  @ApiProperty({ description: 'The failure that put the agent on the list' }) reason!: string;
  @ApiProperty(DATE_TIME) since!: string;
  @ApiProperty({ ...DATE_TIME, description: 'Exclusive end, business days from the last failure' })
  until!: string;
  @ApiProperty(DATE_TIME) lastFailureAt!: string;
  @ApiProperty({ description: 'Passing reviews since the last failure' })
  consecutivePasses!: number;
  @ApiProperty({ description: 'Passing reviews that release the agent (the plan)' })
  passesToRelease!: number;
  @ApiPropertyOptional({ ...DATE_TIME, description: 'History only (`all=true`)' })
  releasedAt?: string;
  @ApiPropertyOptional({ enum: ['passes', 'business_days'] })
  releaseReason?: RecheckEntry['releaseReason'];
}
