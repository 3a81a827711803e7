import { Body, Controller, Delete, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Audited } from '../../common/audit/audited.decorator.js';
import { ParseIdPipe } from '../../common/http/parse-id.pipe.js';
import { Roles } from '../../common/access/decorators.js';
import { CreateTokenDto } from '../dto/password.dto.js';
import { UsersService } from '../users.service.js';
import { IssuedTokenView, TokenView } from './token-view.js';
import { TokensService } from './tokens.service.js';

/** API tokens for machine clients (the dialer, importers): issued and revoked by admins. */
@ApiTags('auth')
@Controller('api')
@Roles('admin')
export class TokensController {
  constructor(
    private readonly tokens: TokensService,
    private readonly users: UsersService,
  ) {}

  /** The token is in this response only; afterwards just its hash is stored. */
  @ApiOperation({ summary: 'Issue an API token for a machine client (shown once)' })
  @Post('users/:id/tokens')
  @ApiCreatedResponse({ type: IssuedTokenView })
  @Audited('token.create', 'user', 'id')
  async create(
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: CreateTokenDto,
  ): Promise<IssuedTokenView> {
    await this.users.get(id);
    return this.tokens.issue(id, dto.name);
  }

  @ApiOperation({ summary: "List a user's API tokens with their last use" })
  @Get('users/:id/tokens')
  @ApiOkResponse({ type: [TokenView] })
  async list(@Param('id', ParseIdPipe) id: number): Promise<TokenView[]> {
    await this.users.get(id);
    return this.tokens.list(id);
  }

  @ApiOperation({ summary: 'Revoke an API token' })
  @Delete('tokens/:id')
  @ApiOkResponse({ type: TokenView, description: 'The token, revoked (again: idempotent)' })
  @Audited('token.revoke', 'api_token', 'id')
  revoke(@Param('id', ParseIdPipe) id: number): Promise<TokenView> {
    return this.tokens.revoke(id);
  }
}
