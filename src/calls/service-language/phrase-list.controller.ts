import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/access/decorators.js';
import { CurrentUser, type Principal } from '../../common/access/principal.js';
import { READ_ROLES } from '../../common/access/roles.js';
import { Audited } from '../../common/audit/audited.decorator.js';
import { PhraseListEditionView, PhraseListView, toEditionView } from './phrase-list-view.js';
import { ServiceLanguagePhrases } from './service-language-phrases.js';

/** The phrase list the service-language check uses (文明用语 / 服务禁语). */
@ApiTags('compliance')
@Controller('api/service-language/phrases')
export class PhraseListController {
  constructor(private readonly phrases: ServiceLanguagePhrases) {}

  @ApiOperation({ summary: 'The service-language phrase list in force' })
  @Get()
  @Roles(...READ_ROLES)
  @ApiOkResponse({ type: PhraseListEditionView })
  async get(): Promise<PhraseListEditionView> {
    return toEditionView(await this.phrases.describe());
  }

  @ApiOperation({
    summary: 'Replace the service-language phrase list',
    description: 'Checked whole (400 naming each bad field); calls checked from now on use it.',
  })
  @Put()
  @Roles('admin')
  @Audited('service_language.phrases_replace', 'service_language_phrases')
  @ApiBody({ type: PhraseListView })
  @ApiOkResponse({ type: PhraseListEditionView })
  async replace(
    @Body() body: unknown,
    @CurrentUser() user: Principal,
  ): Promise<PhraseListEditionView> {
    return toEditionView(await this.phrases.replace(body, user.id));
  }
}
