import { ApiProperty } from '@nestjs/swagger';
import { iso, NULLABLE_DATE_TIME, NULLABLE_STRING, DATE_TIME } from '../common/http/view-props.js';
import { ROLES, type Role } from '../common/access/roles.js';
import type { User } from './user.entity.js';

/** Who is signed in (GET /api/me): the principal, without how it authenticated. */
export class MeView {
  @ApiProperty() id!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty(NULLABLE_STRING) agentCode!: string | null;
}

/** A user as listed to admins: never the password hash, only whether there is one. */
export class UserView extends MeView {
  @ApiProperty({ ...NULLABLE_STRING, description: 'Sign-in name; null for a machine client' })
  username!: string | null;
  @ApiProperty(NULLABLE_DATE_TIME) passwordChangedAt!: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty({ description: 'The user behind ADMIN_API_TOKEN' }) bootstrap!: boolean;
  @ApiProperty(DATE_TIME) createdAt!: string;
  @ApiProperty() hasPassword!: boolean;
}

/** POST /api/users (contract: `201 {id, name, role, token}`). */
export class CreatedUserView extends MeView {
  @ApiProperty(NULLABLE_STRING) username!: string | null;
  @ApiProperty({
    ...NULLABLE_STRING,
    description:
      "A machine client's first API token, shown once; null for a person with a password",
  })
  token!: string | null;
}

/** A password set: every session of that user ended. */
export class PasswordChangedView {
  @ApiProperty({ description: 'The user' }) id!: number;
  @ApiProperty({ description: 'Console sessions ended' }) sessionsEnded!: number;
}

export function toUserView({ passwordHash, ...user }: User): UserView {
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    agentCode: user.agentCode,
    username: user.username,
    passwordChangedAt: iso(user.passwordChangedAt),
    active: user.active,
    bootstrap: user.bootstrap,
    createdAt: user.createdAt.toISOString(),
    hasPassword: !!passwordHash,
  };
}
