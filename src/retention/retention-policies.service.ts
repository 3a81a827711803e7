import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import type { Principal } from '../common/access/principal.js';
import { InvalidInputError } from '../common/errors.js';
import { CLASS_RULES, DATA_CLASSES, policyProblem, type DataClass } from './domain/data-classes.js';
import { RetentionPolicy } from './retention-policy.entity.js';

export interface PolicyFact {
  dataClass: DataClass;
  keepDays: number | null;
  legalMinimumDays: number;
  defaultDays: number | null;
  action: string;
  updatedAt: Date;
  updatedBy: string | null;
}

/**
 * The retention clocks as stored. Other modules (the subjects' export and
 * erase) read them through `keepDays`; only an admin's PUT changes them.
 */
@Injectable()
export class RetentionPolicies {
  constructor(
    @InjectRepository(RetentionPolicy) private readonly rows: Repository<RetentionPolicy>,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** Days a class is kept; null for a class without a clock (held recordings). */
  async keepDays(dataClass: DataClass): Promise<number | null> {
    const row = await this.rows.findOneBy({ dataClass });
    return row ? row.keepDays : CLASS_RULES[dataClass].defaultDays;
  }

  /** Every class, in the vocabulary's order; a class without a row reads as its default. */
  async list(): Promise<PolicyFact[]> {
    const stored = new Map((await this.rows.find()).map((r) => [r.dataClass, r]));
    return DATA_CLASSES.map((dataClass) => {
      const rule = CLASS_RULES[dataClass];
      const row = stored.get(dataClass);
      return {
        dataClass,
        keepDays: row ? row.keepDays : rule.defaultDays,
        legalMinimumDays: rule.legalMinimumDays,
        defaultDays: rule.defaultDays,
        action: rule.action,
        updatedAt: row?.updatedAt ?? new Date(0),
        updatedBy: row?.updatedBy ?? null,
      };
    });
  }

  /** Sets the classes given, all or none: one value below its legal minimum refuses the lot. */
  async update(
    changes: { dataClass: DataClass; keepDays: number | null }[],
    user: Principal,
  ): Promise<PolicyFact[]> {
    for (const c of changes) {
      const problem = policyProblem(c.dataClass, c.keepDays);
      if (problem) throw new InvalidInputError(problem, 'RETENTION_POLICY_REFUSED');
    }
    const at = new Date();
    await this.db.transaction(async (tx) => {
      for (const c of changes)
        await tx.getRepository(RetentionPolicy).save({
          dataClass: c.dataClass,
          keepDays: c.keepDays,
          updatedAt: at,
          updatedBy: user.name,
        });
    });
    return this.list();
  }
}
