import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Audited } from '../common/audit/audited.decorator.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import { Roles } from './decorators.js';
import { CurrentUser, type Principal } from './principal.js';
import { CreateUserDto } from './dto/create-user.dto.js';
import { ResetPasswordDto } from './dto/password.dto.js';
import { ROLES } from './roles.js';
import { UsersService } from './users.service.js';

@ApiTags('auth')
@Controller('api')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @ApiOperation({ summary: 'Create a user and issue its API token' })
  @Post('users')
  @Roles('admin')
  @Audited('user.create', 'user')
  create(@Body() dto: CreateUserDto) {
    return this.users.create(dto);
  }

  @ApiOperation({ summary: 'List users' })
  @Get('users')
  @Roles('admin')
  list() {
    return this.users.list();
  }

  /** Sets a new password and ends every session of that user. */
  @ApiOperation({ summary: "Reset a user's password (admin; ends their sessions)" })
  @Post('users/:id/password')
  @HttpCode(200)
  @Roles('admin')
  @Audited('user.password_reset', 'user', 'id')
  async resetPassword(@Param('id', ParseIdPipe) id: number, @Body() dto: ResetPasswordDto) {
    return { id, sessionsEnded: await this.users.setPassword(id, dto.newPassword) };
  }

  @ApiOperation({ summary: 'The signed-in principal' })
  @Get('me')
  @Roles(...ROLES)
  me(@CurrentUser() { via: _internal, ...user }: Principal) {
    return user;
  }
}
