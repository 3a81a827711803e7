import { Injectable } from '@nestjs/common';
import { NotFoundError } from '../../common/errors.js';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { generateSessionId, hashToken } from '../token.js';
import { AuthSession, type SignInMethod } from './auth-session.entity.js';
import { type SessionView, toSessionView } from './session-view.js';

const TOUCH_EVERY_MS = 60_000;

export interface SessionOrigin {
  address: string;
  userAgent?: string;
}

/**
 * Server-side console sessions. Whatever proved the person's identity — a
 * password today, an OIDC callback at the carrier later — ends in `open`.
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(AuthSession) private readonly sessions: Repository<AuthSession>,
    private readonly config: AppConfig,
  ) {}

  /** Returns the id for the cookie; only its hash is stored. */
  async open(userId: number, method: SignInMethod, origin: SessionOrigin): Promise<string> {
    const id = generateSessionId();
    const now = new Date();
    await this.sessions.save(
      this.sessions.create({
        userId,
        idHash: hashToken(id),
        method,
        address: origin.address.slice(0, 64),
        userAgent: origin.userAgent?.slice(0, 255) ?? null,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + this.config.sessions.maxHours * 3_600_000),
      }),
    );
    return id;
  }

  /** The live session for a cookie value, or null when unknown, revoked, idle or past its end. */
  async use(id: string): Promise<AuthSession | null> {
    const row = await this.sessions.findOneBy({ idHash: hashToken(id) });
    const now = Date.now();
    if (!row || row.revokedAt || row.expiresAt.getTime() <= now) return null;
    if (now - row.lastSeenAt.getTime() >= this.config.sessions.idleMinutes * 60_000) return null;
    if (now - row.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
      await this.sessions.update(row.id, { lastSeenAt: new Date(now) });
    }
    return row;
  }

  /** The maximum cookie lifetime; the server ends the session earlier when idle. */
  get maxAgeMs(): number {
    return this.config.sessions.maxHours * 3_600_000;
  }

  async revokeById(cookieValue: string): Promise<void> {
    await this.revokeWhere('id_hash = :h', { h: hashToken(cookieValue) });
  }

  async revoke(userId: number, id: number): Promise<void> {
    const row = await this.sessions.findOneBy({ id, userId });
    if (!row) throw new NotFoundError(`Session ${id}`);
    if (!row.revokedAt) await this.sessions.update(id, { revokedAt: new Date() });
  }

  /** A password change or reset ends every session of the user. */
  async revokeAll(userId: number): Promise<number> {
    return this.revokeWhere('user_id = :userId', { userId });
  }

  private async revokeWhere(where: string, params: Record<string, unknown>): Promise<number> {
    const res = await this.sessions
      .createQueryBuilder()
      .update()
      .set({ revokedAt: new Date() })
      .where(`${where} AND revoked_at IS NULL`, params)
      .execute();
    return res.affected ?? 0;
  }

  /** Live sessions, newest first; `currentId` marks the one making the request. */
  async listLive(userId: number, currentId?: number): Promise<SessionView[]> {
    const rows = await this.sessions.find({ where: { userId }, order: { id: 'DESC' } });
    const idleMs = this.config.sessions.idleMinutes * 60_000;
    const now = Date.now();
    return rows
      .filter(
        (r) => !r.revokedAt && r.expiresAt.getTime() > now && now - r.lastSeenAt.getTime() < idleMs,
      )
      .map((r) => toSessionView(r, r.id === currentId));
  }
}
