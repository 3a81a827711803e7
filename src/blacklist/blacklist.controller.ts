import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/decorators.js';
import { CurrentUser, type Principal } from '../auth/principal.js';
import { Audited } from '../common/audit/audited.decorator.js';
import { BlacklistService } from './blacklist.service.js';
import {
  AddToBlacklistDto,
  BlacklistQueryDto,
  RemoveFromBlacklistDto,
} from './dto/blacklist.dto.js';

@ApiTags('blacklist')
@Controller('api/blacklist')
export class BlacklistController {
  constructor(private readonly blacklist: BlacklistService) {}

  /** Answers for any spelling of the number, with its full history. */
  @Get()
  @Roles('campaign_manager', 'supervisor', 'inspector', 'auditor')
  lookup(@Query() q: BlacklistQueryDto) {
    return this.blacklist.lookup(q.phone);
  }

  @Post()
  @Roles('campaign_manager', 'supervisor')
  @Audited('blacklist.add', 'blacklist')
  async add(@Body() dto: AddToBlacklistDto, @CurrentUser() user: Principal) {
    const result = await this.blacklist.add(dto.phone, {
      reason: dto.reason,
      source: 'manual',
      actor: user,
    });
    return this.blacklist.lookup(result.phone);
  }

  @Delete(':phone')
  @HttpCode(200)
  @Roles('campaign_manager', 'supervisor')
  @Audited('blacklist.remove', 'blacklist')
  async remove(
    @Param('phone') phone: string,
    @Body() dto: RemoveFromBlacklistDto,
    @CurrentUser() user: Principal,
  ) {
    const result = await this.blacklist.remove(phone, {
      reason: dto.reason,
      source: 'manual',
      actor: user,
    });
    return this.blacklist.lookup(result.phone);
  }
}
