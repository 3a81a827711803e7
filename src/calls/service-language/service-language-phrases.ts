import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { InvalidInputError } from '../../common/errors.js';
import {
  DEFAULT_PHRASE_LIST,
  PhraseListError,
  parsePhraseList,
  type PhraseList,
} from '../../compliance/index.js';
import { PhraseListEdition } from './phrase-list.entity.js';

/** The list in force: `revision` 0 is the default shipped with the code. */
export interface CurrentPhraseList {
  revision: number;
  phrases: PhraseList;
  updatedBy: number | null;
  updatedAt: Date | null;
}

/**
 * Another process's edit is seen within this long; within one process an edit
 * is seen at once. Every call would otherwise read the list from the database.
 */
const CACHE_MS = 10_000;

/** The service-language phrase list every check uses, and its admin edits. */
@Injectable()
export class ServiceLanguagePhrases {
  private cached: { list: CurrentPhraseList; at: number } | null = null;

  constructor(
    @InjectRepository(PhraseListEdition) private readonly editions: Repository<PhraseListEdition>,
  ) {}

  async current(): Promise<PhraseList> {
    return (await this.describe()).phrases;
  }

  async describe(): Promise<CurrentPhraseList> {
    if (this.cached && Date.now() - this.cached.at < CACHE_MS) return this.cached.list;
    const [latest] = await this.editions.find({ order: { id: 'DESC' }, take: 1 });
    return this.remember(
      latest
        ? {
            revision: latest.id,
            phrases: latest.phrases,
            updatedBy: latest.updatedBy,
            updatedAt: latest.updatedAt,
          }
        : { revision: 0, phrases: DEFAULT_PHRASE_LIST, updatedBy: null, updatedAt: null },
    );
  }

  /** Checks and saves a new edition; 400 naming every bad field. Calls checked from now on use it. */
  async replace(value: unknown, by: number): Promise<CurrentPhraseList> {
    let phrases: PhraseList;
    try {
      phrases = parsePhraseList(value);
    } catch (err) {
      if (err instanceof PhraseListError) throw new InvalidInputError(err.message);
      throw err;
    }
    const saved = await this.editions.save(
      this.editions.create({ phrases, updatedBy: by, updatedAt: new Date() }),
    );
    return this.remember({
      revision: saved.id,
      phrases,
      updatedBy: by,
      updatedAt: saved.updatedAt,
    });
  }

  private remember(list: CurrentPhraseList): CurrentPhraseList {
    this.cached = { list, at: Date.now() };
    return list;
  }
}
