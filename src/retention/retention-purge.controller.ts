import { Controller, HttpCode, Post, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ForbiddenError } from '../common/errors.js';
import { Roles } from '../common/access/decorators.js';
import { CurrentUser, type Principal } from '../common/access/principal.js';
import { Audited } from '../common/audit/audited.decorator.js';
import { PurgeQueryDto } from './dto/purge-query.dto.js';
import { RetentionPurge } from './retention-purge.service.js';
import { PurgeOutcomeView, toPurgeView } from './retention-view.js';

@ApiTags('retention')
@Controller('api/retention/purge')
export class RetentionPurgeController {
  constructor(private readonly purge: RetentionPurge) {}

  @ApiOperation({
    summary:
      'Purge what is past its retention clock now (admin), or with dryRun=true list what would go (admin, auditor)',
  })
  @ApiOkResponse({ type: PurgeOutcomeView })
  @Post()
  @HttpCode(200)
  @Roles('admin', 'auditor')
  @Audited('retention.purge.request', 'retention')
  async run(
    @Query() query: PurgeQueryDto,
    @CurrentUser() user: Principal,
    @Req() req: Request,
  ): Promise<PurgeOutcomeView> {
    const dryRun = query.dryRun === 'true';
    if (!dryRun && user.role !== 'admin')
      throw new ForbiddenError('only an admin may purge; an auditor may ask for dryRun=true');
    return toPurgeView(
      await this.purge.run({
        dryRun,
        now: new Date(),
        actor: user,
        requestId: String(req.id ?? ''),
      }),
    );
  }
}
