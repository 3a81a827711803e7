import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHmac } from 'node:crypto';
import { Repository } from 'typeorm';
import { SubjectKeyRow } from './subject-key.entity.js';

/** `h:` + 72 bits of HMAC-SHA-256: fits every phone column (20) and never reads as a number. */
const PREFIX = 'h:';
const HEX_CHARS = 18;

/**
 * The keyed hash that stands for an erased number: rows stay countable and the
 * same subject's second erase or export still finds them, but nobody without
 * the key (subject_keys, made by its migration) can test a guess against them.
 */
@Injectable()
export class SubjectKey {
  private secret: Promise<string> | null = null;

  constructor(@InjectRepository(SubjectKeyRow) private readonly keys: Repository<SubjectKeyRow>) {}

  async hash(phone: string): Promise<string> {
    const mac = createHmac('sha256', await this.key())
      .update(phone)
      .digest('hex');
    return PREFIX + mac.slice(0, HEX_CHARS);
  }

  private key(): Promise<string> {
    this.secret ??= this.keys.findOneBy({ id: 1 }).then((row) => {
      if (!row) throw new Error('subject_keys has no key: run the migrations');
      return row.secret;
    });
    return this.secret;
  }
}
