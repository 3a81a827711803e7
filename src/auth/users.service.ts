import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors.js';
import { AppConfig } from '../config/app-config.js';
import { withStartupLock } from '../database/startup-lock.js';
import { CreateUserDto } from './dto/create-user.dto.js';
import { hashPassword, verifyPassword } from './password.js';
import type { Principal } from '../common/access/principal.js';
import { SessionsService } from './sessions/sessions.service.js';
import { TokensService } from './tokens/tokens.service.js';
import { User } from './user.entity.js';
import { type CreatedUserView, toUserView, type UserView } from './user-view.js';

@Injectable()
export class UsersService implements OnApplicationBootstrap {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly tokens: TokensService,
    private readonly sessions: SessionsService,
    private readonly config: AppConfig,
  ) {}

  /** Under the startup lock: two processes starting on an empty database create one admin. */
  async onApplicationBootstrap(): Promise<void> {
    await withStartupLock(this.users.manager.connection, 'bootstrap-admin', async () => {
      if (this.config.adminApiToken) {
        await this.syncBootstrapAdmin(this.config.adminApiToken);
      } else if (
        this.config.runsApi &&
        (await this.users.countBy({ role: 'admin', active: true })) === 0
      ) {
        const created = await this.create({ name: 'first admin', role: 'admin' });
        // Printed once, to the console only, so a fresh install is usable without configuration.
        process.stdout.write(
          `\nNo admin exists yet. First admin token (shown once, store it safely):\n  ${created.token}\n` +
            `Or set ADMIN_API_TOKEN before starting, or run \`npm run admin:create -- <username>\`.\n\n`,
        );
      }
    });
  }

  /** The principal an active user acts as. */
  async principal(userId: number): Promise<Principal | null> {
    const user = await this.users.findOneBy({ id: userId, active: true });
    return user
      ? { id: user.id, name: user.name, role: user.role, agentCode: user.agentCode }
      : null;
  }

  async create(dto: CreateUserDto): Promise<CreatedUserView> {
    if (dto.username && (await this.users.existsBy({ username: dto.username })))
      throw new ConflictError(`username ${dto.username} is taken`, 'USERNAME_TAKEN');
    if (dto.password && !dto.username)
      throw new InvalidInputError('password needs a username to sign in with');
    const user = await this.users.save(
      this.users.create({
        name: dto.name,
        role: dto.role,
        agentCode: dto.agentCode ?? null,
        username: dto.username ?? null,
        passwordHash: dto.password ? await hashPassword(dto.password) : null,
        passwordChangedAt: dto.password ? new Date() : null,
        createdAt: new Date(),
      }),
    );
    const token = dto.password ? null : (await this.tokens.issue(user.id, 'initial')).token;
    const { id, name, role, agentCode, username } = user;
    return { id, name, role, agentCode, username, token };
  }

  /** The active user with this username and password, or null (same time either way). */
  async checkPassword(username: string, password: string): Promise<User | null> {
    const user = await this.users.findOneBy({ username, active: true });
    const ok = await verifyPassword(password, user?.passwordHash ?? null);
    return ok ? user : null;
  }

  /** Sets a new password and ends every session of the user; returns how many ended. */
  async setPassword(userId: number, password: string): Promise<number> {
    const user = await this.users.findOneBy({ id: userId });
    if (!user) throw new NotFoundError(`User ${userId}`);
    if (!user.username) throw new InvalidInputError('user has no username: give it one first');
    await this.users.update(userId, {
      passwordHash: await hashPassword(password),
      passwordChangedAt: new Date(),
    });
    return this.sessions.revokeAll(userId);
  }

  async passwordMatches(userId: number, password: string): Promise<boolean> {
    const user = await this.users.findOneBy({ id: userId });
    return verifyPassword(password, user?.passwordHash ?? null);
  }

  async get(userId: number): Promise<User> {
    const user = await this.users.findOneBy({ id: userId });
    if (!user) throw new NotFoundError(`User ${userId}`);
    return user;
  }

  async list(): Promise<UserView[]> {
    return (await this.users.find({ order: { id: 'ASC' } })).map(toUserView);
  }

  findActiveByRole(role: User['role']): Promise<User[]> {
    return this.users.find({ where: { role, active: true }, order: { id: 'ASC' } });
  }

  /** Inserted or left as it is (one bootstrap admin: uq_users_bootstrap), then its token follows the variable. */
  private async syncBootstrapAdmin(token: string): Promise<void> {
    await this.users
      .createQueryBuilder()
      .insert()
      .values({
        name: 'admin (ADMIN_API_TOKEN)',
        role: 'admin',
        bootstrap: true,
        createdAt: new Date(),
      })
      .orIgnore()
      // An ignored insert returns no id; TypeORM would fail to write one back.
      .updateEntity(false)
      .execute();
    const admin = await this.users.findOneByOrFail({ bootstrap: true });
    if (!admin.active) await this.users.update(admin.id, { active: true });
    await this.tokens.replaceAll(admin.id, token, 'ADMIN_API_TOKEN');
    this.logger.log('Admin user for ADMIN_API_TOKEN is in place');
  }
}
