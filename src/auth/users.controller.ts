import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiTags, ApiOperation } from '@nestjs/swagger';
import { Audited } from '../common/audit/audited.decorator.js';
import { Roles } from './decorators.js';
import { CurrentUser, type Principal } from './principal.js';
import { CreateUserDto } from './dto/create-user.dto.js';
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
  async list() {
    const users = await this.users.list();
    return users.map(({ tokenHash: _hidden, ...rest }) => rest);
  }

  @ApiOperation({ summary: 'The signed-in principal' })
  @Get('me')
  @Roles('admin', 'inspector', 'supervisor', 'campaign_manager', 'agent', 'auditor')
  me(@CurrentUser() user: Principal) {
    return user;
  }
}
