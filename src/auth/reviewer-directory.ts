import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Role } from '../common/access/roles.js';
import { User } from './user.entity.js';

/** A person who may be given review work: never their own calls (`agentCode`). */
export interface Reviewer {
  id: number;
  name: string;
  role: Role;
  agentCode: string | null;
}

/**
 * Active users as reviewers, for QA's assignment and reassignment. Read in the
 * caller's transaction, so an item is assigned to the user as the draw saw them.
 */
@Injectable()
export class ReviewerDirectory {
  /** The active users of a role, in id order. */
  async activeOfRole(tx: EntityManager, role: string): Promise<Reviewer[]> {
    const users = await tx.getRepository(User).find({
      select: REVIEWER_COLUMNS,
      where: { role: role as Role, active: true },
      order: { id: 'ASC' },
    });
    return users.map(toReviewer);
  }

  /** The active user with this id, or null (none, or deactivated). */
  async activeUser(tx: EntityManager, id: number): Promise<Reviewer | null> {
    const user = await tx.getRepository(User).findOne({
      select: REVIEWER_COLUMNS,
      where: { id, active: true },
    });
    return user && toReviewer(user);
  }
}

const REVIEWER_COLUMNS = { id: true, name: true, role: true, agentCode: true } as const;

function toReviewer(u: User): Reviewer {
  return { id: u.id, name: u.name, role: u.role, agentCode: u.agentCode };
}
