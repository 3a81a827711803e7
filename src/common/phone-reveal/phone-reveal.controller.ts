import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Roles } from '../access/decorators.js';
import { CurrentUser, type Principal } from '../access/principal.js';
import { ShowsFullPhones } from '../access/phone-visibility.interceptor.js';
import { REVEAL_ROLES } from '../access/phone-visibility.js';
import { Audited } from '../audit/audited.decorator.js';
import { ErrorView } from '../http/error-view.js';
import { RevealPhoneDto } from './phone-reveal.dto.js';
import { PhoneRevealView } from './phone-reveal-view.js';
import { PhoneReveals } from './phone-reveals.js';

@ApiTags('phones')
@Controller('api/phones')
export class PhoneRevealController {
  constructor(private readonly reveals: PhoneReveals) {}

  /** Roles that see masked numbers ask for one here; each answer is an audit row (`phone.reveal`). */
  @ApiOperation({ summary: "Reveal one record's full number (audited)" })
  @Post('reveal')
  @HttpCode(200)
  @Roles(...REVEAL_ROLES)
  @ShowsFullPhones()
  // The interceptor's row records every attempt, refused ones too; the service's row the view.
  @Audited('phone.reveal.request', 'phone')
  @ApiOkResponse({ type: PhoneRevealView })
  @ApiNotFoundResponse({ type: ErrorView, description: 'No such record' })
  reveal(
    @Body() dto: RevealPhoneDto,
    @CurrentUser() user: Principal,
    @Req() req: Request,
  ): Promise<PhoneRevealView> {
    return this.reveals.reveal(dto, user, String(req.id ?? ''));
  }
}
