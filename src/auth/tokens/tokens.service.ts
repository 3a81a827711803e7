import { Injectable } from '@nestjs/common';
import { NotFoundError } from '../../common/errors.js';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { generateToken, hashToken } from '../token.js';
import { ApiToken } from './api-token.entity.js';
import { type IssuedTokenView, toTokenView, type TokenView } from './token-view.js';

/** How stale last_used_at may get: one write a minute per token at most. */
const TOUCH_EVERY_MS = 60_000;

@Injectable()
export class TokensService {
  constructor(@InjectRepository(ApiToken) private readonly tokens: Repository<ApiToken>) {}

  /** The token itself is returned here only; afterwards just its hash exists. */
  async issue(userId: number, name: string): Promise<IssuedTokenView> {
    const token = generateToken();
    const row = await this.tokens.save(
      this.tokens.create({ userId, name, tokenHash: hashToken(token), createdAt: new Date() }),
    );
    return { ...toTokenView(row), token };
  }

  /** The unrevoked token's row, its last use refreshed when older than a minute. */
  async use(token: string): Promise<ApiToken | null> {
    const row = await this.tokens.findOneBy({ tokenHash: hashToken(token) });
    if (!row || row.revokedAt) return null;
    const now = new Date();
    if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= TOUCH_EVERY_MS) {
      await this.tokens.update(row.id, { lastUsedAt: now });
    }
    return row;
  }

  async list(userId: number): Promise<TokenView[]> {
    const rows = await this.tokens.find({ where: { userId }, order: { id: 'ASC' } });
    return rows.map(toTokenView);
  }

  async revoke(id: number, userId?: number): Promise<TokenView> {
    const row = await this.tokens.findOneBy(userId === undefined ? { id } : { id, userId });
    if (!row) throw new NotFoundError(`Token ${id}`);
    if (!row.revokedAt) {
      row.revokedAt = new Date();
      await this.tokens.update(row.id, { revokedAt: row.revokedAt });
    }
    return toTokenView(row);
  }

  /** Keeps ADMIN_API_TOKEN's user holding exactly the variable's token. */
  /**
   * Makes `token` the user's only live token. Safe when two processes starting
   * at once both do it: the token's row is inserted or left as it is (its hash
   * is unique), and only the user's other tokens are revoked.
   */
  async replaceAll(userId: number, token: string, name: string): Promise<void> {
    const tokenHash = hashToken(token);
    await this.tokens
      .createQueryBuilder()
      .update()
      .set({ revokedAt: new Date() })
      .where('user_id = :userId AND revoked_at IS NULL AND token_hash <> :tokenHash', {
        userId,
        tokenHash,
      })
      .execute();
    await this.tokens
      .createQueryBuilder()
      .insert()
      .values({ userId, name, tokenHash, createdAt: new Date() })
      .orIgnore()
      // An ignored insert returns no id; TypeORM would fail to write one back.
      .updateEntity(false)
      .execute();
    await this.tokens.update({ tokenHash }, { userId, revokedAt: null });
  }
}
