import { Injectable } from '@nestjs/common';
import type { Principal } from '../common/access/principal.js';
import { UsersService } from './users.service.js';

/**
 * The password check the console's sign-in asks (auth's front door): the
 * signed-in account as a Principal's plain facts, never the user row with its
 * password hash.
 */
@Injectable()
export class PasswordSignIn {
  constructor(private readonly users: UsersService) {}

  /** The active account with this username and password, or null. */
  async check(username: string, password: string): Promise<Principal | null> {
    const user = await this.users.checkPassword(username, password);
    if (!user) return null;
    const { id, name, role, agentCode } = user;
    return { id, name, role, agentCode };
  }
}
