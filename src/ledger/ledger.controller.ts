import { Controller, Get, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { CurrentUser, type Principal } from '../common/access/principal.js';
import { ShowsFullPhones } from '../common/access/phone-visibility.interceptor.js';
import { AuditService } from '../common/audit/audit.service.js';
import { maskPhone } from '../common/phone/normalize-phone.js';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/access/decorators.js';
import { LedgerPhoneQuery } from './dto/ledger-query.dto.js';
import { LedgerVerifier } from './ledger-verifier.js';
import { LedgerVerificationView, SubscriberProofView } from './ledger-view.js';
import { SubscriberProof } from './subscriber-proof.js';

@ApiTags('ledger')
@Controller('api/ledger')
export class LedgerController {
  constructor(
    private readonly verifier: LedgerVerifier,
    private readonly proof: SubscriberProof,
    private readonly audit: AuditService,
  ) {}

  @ApiOperation({
    summary: 'Recompute the consent ledger and every script text and recording it vouches for',
  })
  @Get('verify')
  @ApiOkResponse({ type: LedgerVerificationView })
  @Roles('auditor', 'supervisor')
  verify(): Promise<LedgerVerificationView> {
    return this.verifier.verify();
  }

  @ApiOperation({ summary: "One subscriber's ledger entries, recordings and proving segments" })
  @Get()
  @ApiOkResponse({ type: SubscriberProofView })
  @Roles('auditor', 'supervisor')
  // The asker supplied the number, and masking it inside the hashed payloads would make
  // them impossible to re-hash; instead each lookup is an audit row, as a reveal is.
  @ShowsFullPhones()
  async forPhone(
    @Query() query: LedgerPhoneQuery,
    @CurrentUser() user: Principal,
    @Req() req: Request,
  ): Promise<SubscriberProofView> {
    const proof = await this.proof.of(query.phone);
    await this.audit.record({
      actor: user,
      action: 'ledger.proof',
      entity: 'phone',
      entityId: maskPhone(proof.phone),
      requestId: String(req.id ?? ''),
      method: 'GET',
      path: '/api/ledger',
      statusCode: 200,
      details: { entries: proof.entries.length },
    });
    return proof;
  }
}
