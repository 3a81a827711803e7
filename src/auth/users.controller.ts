import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Audited } from '../common/audit/audited.decorator.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { Roles } from '../common/access/decorators.js';
import { CurrentUser, type Principal } from '../common/access/principal.js';
import { CreateUserDto } from './dto/create-user.dto.js';
import { ResetPasswordDto } from './dto/password.dto.js';
import { ROLES } from '../common/access/roles.js';
import { CreatedUserView, MeView, PasswordChangedView, UserView } from './user-view.js';
import { UsersService } from './users.service.js';

@ApiTags('auth')
@Controller('api')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @ApiOperation({ summary: 'Create a user and issue its API token' })
  @Post('users')
  @ApiCreatedResponse({ type: CreatedUserView })
  @Roles('admin')
  @Audited('user.create', 'user')
  create(@Body() dto: CreateUserDto): Promise<CreatedUserView> {
    return this.users.create(dto);
  }

  @ApiOperation({ summary: 'List users' })
  @Get('users')
  @ApiOkResponse({ type: [UserView] })
  @Roles('admin')
  list(): Promise<UserView[]> {
    return this.users.list();
  }

  /** Sets a new password and ends every session of that user. */
  @ApiOperation({ summary: "Reset a user's password (admin; ends their sessions)" })
  @Post('users/:id/password')
  @HttpCode(200)
  @ApiOkResponse({ type: PasswordChangedView })
  @Roles('admin')
  @Audited('user.password_reset', 'user', 'id')
  async resetPassword(
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: ResetPasswordDto,
  ): Promise<PasswordChangedView> {
    return { id, sessionsEnded: await this.users.setPassword(id, dto.newPassword) };
  }

  @ApiOperation({ summary: 'The signed-in principal' })
  @Get('me')
  @ApiOkResponse({ type: MeView })
  @Roles(...ROLES)
  me(@CurrentUser() user: Principal): MeView {
    return { id: user.id, name: user.name, role: user.role, agentCode: user.agentCode };
  }
}
