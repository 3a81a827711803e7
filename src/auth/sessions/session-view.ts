import { ApiProperty } from '@nestjs/swagger';
import {
  DATE_TIME,
  iso,
  NULLABLE_DATE_TIME,
  NULLABLE_STRING,
} from '../../common/http/view-props.js';
import type { AuthSession, SignInMethod } from './auth-session.entity.js';

/** A console session as its owner sees it: never the cookie's value or its hash. */
export class SessionView {
  @ApiProperty() id!: number;
  @ApiProperty() userId!: number;
  @ApiProperty({ enum: ['password', 'oidc'] }) method!: SignInMethod;
  @ApiProperty(NULLABLE_STRING) address!: string | null;
  @ApiProperty(NULLABLE_STRING) userAgent!: string | null;
  @ApiProperty(DATE_TIME) createdAt!: string;
  @ApiProperty(DATE_TIME) lastSeenAt!: string;
  @ApiProperty({ ...DATE_TIME, description: 'Absolute expiry, never extended' })
  expiresAt!: string;
  @ApiProperty(NULLABLE_DATE_TIME) revokedAt!: string | null;
  @ApiProperty({ description: 'The session making this request' }) current!: boolean;
}

export class SessionRevokedView {
  @ApiProperty() id!: number;
  @ApiProperty({ enum: [true] }) revoked!: true;
}

export function toSessionView(s: AuthSession, current: boolean): SessionView {
  return {
    id: s.id,
    userId: s.userId,
    method: s.method,
    address: s.address,
    userAgent: s.userAgent,
    createdAt: s.createdAt.toISOString(),
    lastSeenAt: s.lastSeenAt.toISOString(),
    expiresAt: s.expiresAt.toISOString(),
    revokedAt: iso(s.revokedAt),
    current,
  };
}
