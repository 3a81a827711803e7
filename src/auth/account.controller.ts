import { Body, Controller, Delete, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Audited } from '../common/audit/audited.decorator.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { AuthLimitsService } from './auth-limits.service.js';
import { clientAddress } from './credentials.js';
import { Roles } from '../common/access/decorators.js';
import { ChangePasswordDto } from './dto/password.dto.js';
import { CurrentUser, type Principal } from '../common/access/principal.js';
import { ROLES } from '../common/access/roles.js';
import { SessionRevokedView, SessionView } from './sessions/session-view.js';
import { SessionsService } from './sessions/sessions.service.js';
import { PasswordChangedView } from './user-view.js';
import { UsersService } from './users.service.js';
import { WrongPassword } from './wrong-password.js';

/** What every signed-in person manages for themselves: password and sessions. */
@ApiTags('auth')
@Controller('api/me')
@Roles(...ROLES)
export class AccountController {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly limits: AuthLimitsService,
  ) {}

  /** Ends every session of the user, this one included: sign in again with the new password. */
  @ApiOperation({ summary: 'Change your own password (ends every other session)' })
  @Post('password')
  @HttpCode(200)
  @ApiOkResponse({ type: PasswordChangedView })
  @Audited('user.password_change', 'user')
  async changePassword(
    @CurrentUser() me: Principal,
    @Body() dto: ChangePasswordDto,
    @Req() req: Request,
  ): Promise<PasswordChangedView> {
    const user = await this.users.get(me.id);
    if (user.username) await this.limits.assertAccountUnlocked(user.username);
    if (!(await this.users.passwordMatches(me.id, dto.currentPassword))) {
      await this.limits.recordFailure(clientAddress(req));
      if (user.username) await this.limits.recordWrongPassword(user.username);
      throw new WrongPassword('currentPassword is wrong');
    }
    const sessionsEnded = await this.users.setPassword(me.id, dto.newPassword);
    return { id: me.id, sessionsEnded };
  }

  @ApiOperation({ summary: 'List your open sessions' })
  @Get('sessions')
  @ApiOkResponse({ type: [SessionView] })
  sessionsList(@CurrentUser() me: Principal): Promise<SessionView[]> {
    return this.sessions.listLive(me.id, me.via?.kind === 'session' ? me.via.id : undefined);
  }

  @ApiOperation({ summary: 'Revoke one of your sessions' })
  @Delete('sessions/:id')
  @ApiOkResponse({ type: SessionRevokedView })
  @Audited('session.revoke', 'session', 'id')
  async revokeSession(
    @CurrentUser() me: Principal,
    @Param('id', ParseIdPipe) id: number,
  ): Promise<SessionRevokedView> {
    await this.sessions.revoke(me.id, id);
    return { id, revoked: true };
  }
}
