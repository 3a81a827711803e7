import { Controller, Get, Query } from '@nestjs/common';
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
  forPhone(@Query() query: LedgerPhoneQuery): Promise<SubscriberProofView> {
    return this.proof.of(query.phone);
  }
}
