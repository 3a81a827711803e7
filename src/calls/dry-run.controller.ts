import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/access/decorators.js';
import { READ_ROLES } from '../common/access/roles.js';
import { AppConfig } from '../config/app-config.js';
import { runChecker } from './call-evaluator.js';
import { CallReferenceResolverFactory } from './call-references.js';
import { ComplianceView } from './compliance-view.js';
import { DryRunDto } from './dto/dry-run.dto.js';
import { ServiceLanguagePhrases } from './service-language/service-language-phrases.js';

/** Script authors try a script, tools measure the checker: nothing is stored. */
@ApiTags('compliance')
@Controller('api/compliance')
export class DryRunController {
  constructor(
    private readonly resolvers: CallReferenceResolverFactory,
    private readonly config: AppConfig,
    private readonly phrases: ServiceLanguagePhrases,
  ) {}

  @ApiOperation({ summary: 'Evaluate a transcript without storing it' })
  @Post('evaluate')
  @HttpCode(200)
  @ApiOkResponse({ type: ComplianceView, description: 'The verdict; nothing is stored' })
  @Roles(...READ_ROLES, 'agent')
  async evaluate(@Body() dto: DryRunDto): Promise<ComplianceView> {
    const refs = await this.resolvers
      .create()
      .resolve({ productCode: dto.productCode, scriptVersion: dto.scriptVersion });
    return runChecker(
      {
        purpose: dto.purpose,
        startedAt: new Date(dto.startedAt),
        transcript: dto.transcript ?? null,
        product: refs.product,
        script: refs.script,
        trialEnd: dto.trialEnd ?? null,
        timeZone: this.config.timeZone,
      },
      await this.phrases.current(),
    );
  }
}
