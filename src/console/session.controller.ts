import {
  Body,
  Controller,
  ForbiddenException,
  Get,
  HttpCode,
  Post,
  Query,
  Req,
  Res,
  UnauthorizedException,
} from '@nestjs/common';
import { ApiExcludeController, ApiOperation } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AuthLimitsService, setRetryAfter } from '../auth/auth-limits.service.js';
import { Authenticator } from '../auth/authenticator.service.js';
import { clientAddress, readSessionCookie } from '../auth/credentials.js';
import { ConsoleForm, Public, Roles } from '../common/access/decorators.js';
import type { AuthedRequest, Principal } from '../common/access/principal.js';
import { SessionsService } from '../auth/sessions/sessions.service.js';
import { PasswordSignIn } from '../auth/index.js';
import { Audited } from '../common/audit/audited.decorator.js';
import { AuditService } from '../common/audit/audit.service.js';
import { CONSOLE_ROLES, homeFor } from './nav.js';
import { setPageHeaders } from './page-response.js';
import {
  clearedCookieOptions,
  safeNext,
  SESSION_COOKIE,
  sessionCookieOptions,
} from './session-cookie.js';
import { SignInDto } from './session.dto.js';
import { loginPage } from './views/login-page.js';

/**
 * Sign-in for the console: username and password open a server-side session
 * whose random id goes into an httpOnly cookie; the global guard accepts it in
 * place of the bearer header. Signing out revokes the session itself.
 */
@ApiExcludeController()
@Controller()
export class SessionController {
  constructor(
    private readonly passwords: PasswordSignIn,
    private readonly sessions: SessionsService,
    private readonly authenticator: Authenticator,
    private readonly limits: AuthLimitsService,
    private readonly audit: AuditService,
  ) {}

  /** Public: the sign-in form; someone already signed in goes straight on. */
  @ApiOperation({ summary: 'Console sign-in page (HTML)' })
  @Get()
  @Public()
  async loginPage(@Req() req: Request, @Res() res: Response, @Query('next') next?: string) {
    const { principal } = await this.authenticator.authenticate(req);
    if (principal?.via?.kind === 'session' && CONSOLE_ROLES.includes(principal.role)) {
      res.redirect(303, safeNext(next) ?? homeFor(principal.role));
      return;
    }
    setPageHeaders(res);
    res.send(loginPage(safeNext(next)));
  }

  /** Public, but only from the console's own script (@ConsoleForm): no other site signs a browser in. */
  @ApiOperation({ summary: 'Sign in to the web console' })
  @Post('console/session')
  @Public()
  @ConsoleForm()
  @HttpCode(200)
  async signIn(
    @Body() dto: SignInDto,
    @Req() req: AuthedRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    const username = dto.username.trim().toLowerCase();
    const user = await this.checkCredentials(username, dto.password, req, res);
    if (!CONSOLE_ROLES.includes(user.role)) throw new ForbiddenException('坐席账号不使用本控制台');
    const id = await this.sessions.open(user.id, 'password', {
      address: clientAddress(req),
      userAgent: req.headers['user-agent'],
    });
    res.cookie(SESSION_COOKIE, id, sessionCookieOptions(req, this.sessions.maxAgeMs));
    // Public routes carry no principal for the audit interceptor, so the sign-in is recorded here.
    await this.audit.record({
      actor: user,
      action: 'console.sign_in',
      entity: 'user',
      entityId: user.id,
      requestId: String(req.id ?? ''),
      method: 'POST',
      path: '/console/session',
      statusCode: 200,
    });
    return { name: user.name, role: user.role, home: safeNext(dto.next) ?? homeFor(user.role) };
  }

  @ApiOperation({ summary: 'Sign out of the web console' })
  @Post('console/logout')
  @HttpCode(200)
  @Roles(...CONSOLE_ROLES)
  @Audited('console.sign_out', 'user')
  async signOut(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const cookie = readSessionCookie(req);
    if (cookie) await this.sessions.revokeById(cookie);
    res.clearCookie(SESSION_COOKIE, clearedCookieOptions(req));
    return { signedOut: true };
  }

  /** Limits first (address, then account lockout), then the password; failures count against both. */
  private async checkCredentials(
    username: string,
    password: string,
    req: Request,
    res: Response,
  ): Promise<Principal> {
    const address = clientAddress(req);
    try {
      await this.limits.assertAddressAllowed(address);
      await this.limits.consumeSignIn(address);
      await this.limits.assertAccountUnlocked(username);
    } catch (err) {
      setRetryAfter(res, err);
      throw err;
    }
    const user = await this.passwords.check(username, password);
    if (!user) {
      await this.limits.recordFailure(address);
      await this.limits.recordWrongPassword(username);
      throw new UnauthorizedException('用户名或密码错误');
    }
    await this.limits.clearAccount(username);
    return user;
  }
}
