import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { CreateUserDto } from './dto/create-user.dto.js';
import type { Principal } from './principal.js';
import { generateToken, hashToken } from './token.js';
import { User } from './user.entity.js';

export interface CreatedUser {
  id: number;
  name: string;
  role: User['role'];
  agentCode: string | null;
  token: string;
}

@Injectable()
export class UsersService implements OnApplicationBootstrap {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
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
          `Or set ADMIN_API_TOKEN before starting.\n\n`,
      );
    }
  }

  async authenticate(token: string | undefined): Promise<Principal | null> {
    if (!token) return null;
    const user = await this.users.findOneBy({ tokenHash: hashToken(token), active: true });
    return user
      ? { id: user.id, name: user.name, role: user.role, agentCode: user.agentCode }
      : null;
  }

  async create(dto: CreateUserDto): Promise<CreatedUser> {
    const token = generateToken();
    const user = await this.users.save(
      this.users.create({
        name: dto.name,
        role: dto.role,
        agentCode: dto.agentCode ?? null,
        tokenHash: hashToken(token),
        createdAt: new Date(),
      }),
    );
    return { id: user.id, name: user.name, role: user.role, agentCode: user.agentCode, token };
  }

  list(): Promise<User[]> {
    return this.users.find({ order: { id: 'ASC' } });
  }

  findActiveByRole(role: User['role']): Promise<User[]> {
    return this.users.find({ where: { role, active: true }, order: { id: 'ASC' } });
  }

  private async syncBootstrapAdmin(token: string): Promise<void> {
    const tokenHash = hashToken(token);
    const existing = await this.users.findOneBy({ bootstrap: true });
    if (existing?.tokenHash === tokenHash && existing.active) return;
    if (existing) {
      await this.users.update(existing.id, { tokenHash, active: true });
    } else {
      await this.users.save(
        this.users.create({
          name: 'admin (ADMIN_API_TOKEN)',
          role: 'admin',
          tokenHash,
          bootstrap: true,
          createdAt: new Date(),
        }),
      );
    }
    this.logger.log('Admin user for ADMIN_API_TOKEN is in place');
  }
}
