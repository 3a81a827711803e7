import { Injectable } from '@nestjs/common';
import { DEFAULT_PHRASE_LIST, type PhraseList } from '../../compliance/index.js';

/** The service-language phrase list every check uses. */
@Injectable()
export class ServiceLanguagePhrases {
  async current(): Promise<PhraseList> {
    return DEFAULT_PHRASE_LIST;
  }
}
