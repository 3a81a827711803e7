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
import { Public, Roles } from '../auth/decorators.js';
import type { AuthedRequest } from '../auth/principal.js';
import { UsersService } from '../auth/users.service.js';
import { Audited } from '../common/audit/audited.decorator.js';
import { AuditService } from '../common/audit/audit.service.js';
import { CONSOLE_ROLES, homeFor } from './nav.js';
import { setPageHeaders } from './page-response.js';
import {
  clearedCookieOptions,
  readSessionCookie,
  safeNext,
  SESSION_COOKIE,
  sessionCookieOptions,
} from './session-cookie.js';
import { SignInDto } from './session.dto.js';
import { loginPage } from './views/login-page.js';

/**
 * Sign-in for the console: the API token goes into an httpOnly cookie that
 * the global guard accepts in place of the bearer header, so the console's
 * scripts never hold the token.
 */
@ApiExcludeController()
@Controller()
export class SessionController {
  constructor(
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  /** Public: the sign-in form; someone already signed in goes straight on. */
  @ApiOperation({ summary: 'Console sign-in page (HTML)' })
  @Get()
  @Public()
  async loginPage(@Req() req: Request, @Res() res: Response, @Query('next') next?: string) {
    const user = await this.users.authenticate(readSessionCookie(req));
    if (user && CONSOLE_ROLES.includes(user.role)) {
      res.redirect(303, safeNext(next) ?? homeFor(user.role));
      return;
    }
    setPageHeaders(res);
    res.send(loginPage(safeNext(next)));
  }

  /** Public: checks the token like the guard does, then sets the session cookie. */
  @ApiOperation({ summary: 'Sign in to the web console' })
  @Post('console/session')
  @Public()
  @HttpCode(200)
  async signIn(
    @Body() dto: SignInDto,
    @Req() req: AuthedRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    const token = dto.token.trim();
    const user = await this.users.authenticate(token);
    if (!user) throw new UnauthorizedException('令牌无效或已停用');
    if (!CONSOLE_ROLES.includes(user.role)) throw new ForbiddenException('坐席账号不使用本控制台');
    res.cookie(SESSION_COOKIE, token, sessionCookieOptions(req));
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
  signOut(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    res.clearCookie(SESSION_COOKIE, clearedCookieOptions(req));
    return { signedOut: true };
  }
}
