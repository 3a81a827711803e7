import { ApiProperty } from '@nestjs/swagger';
import { DATE_TIME, iso, NULLABLE_DATE_TIME } from '../../common/http/view-props.js';
import type { ApiToken } from './api-token.entity.js';

/** An API token as listed: never the token or its hash. */
export class TokenView {
  @ApiProperty() id!: number;
  @ApiProperty() userId!: number;
  @ApiProperty() name!: string;
  @ApiProperty(DATE_TIME) createdAt!: string;
  @ApiProperty({ ...NULLABLE_DATE_TIME, description: 'Refreshed at most once a minute' })
  lastUsedAt!: string | null;
  @ApiProperty(NULLABLE_DATE_TIME) revokedAt!: string | null;
}

/** A token just issued: the only response that carries the token itself. */
export class IssuedTokenView extends TokenView {
  @ApiProperty({ example: 'qat_…', description: 'Shown once; only its hash is stored' })
  token!: string;
}

export function toTokenView(row: ApiToken): TokenView {
  return {
    id: row.id,
    userId: row.userId,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: iso(row.lastUsedAt),
    revokedAt: iso(row.revokedAt),
  };
}
