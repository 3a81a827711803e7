import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { ScriptSections } from '../compliance/script-format.js';
import { Agent } from './agent.entity.js';
import { Product } from './product.entity.js';
import { ScriptVersion } from './script-version.entity.js';

/** A product as other modules see it. */
export interface ProductFacts {
  id: number;
  code: string;
  name: string;
  monthlyFeeCents: number;
  trialDays: number | null;
  cancelMethod: string;
}

/** An approved script version's text, for a product and purpose. */
export interface ApprovedScriptFacts {
  productId: number;
  version: string;
  text: string;
}

/** An agent as other modules see it. */
export interface AgentFacts {
  id: number;
  code: string;
}

/** A script version as the checker reads it, whatever its status. */
export interface ScriptVersionFacts {
  id: number;
  productId: number;
  version: string;
  purpose: ScriptVersion['purpose'];
  status: ScriptVersion['status'];
  sections: ScriptSections;
}

/** What other modules may read of the catalogue, optionally inside their own transaction. */
@Injectable()
export class CatalogueReader {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async agentByCode(code: string): Promise<AgentFacts | null> {
    const row = await this.db.getRepository(Agent).findOneBy({ code });
    return row ? { id: row.id, code: row.code } : null;
  }

  async productByCode(code: string): Promise<ProductFacts | null> {
    const row = await this.db.getRepository(Product).findOneBy({ code });
    return row ? productFacts(row) : null;
  }

  /** A product's script version by its name (drafts too: the caller decides what counts). */
  async scriptVersion(productId: number, version: string): Promise<ScriptVersionFacts | null> {
    const row = await this.db.getRepository(ScriptVersion).findOneBy({ productId, version });
    if (!row) return null;
    const { id, purpose, status, sections } = row;
    return { id, productId, version, purpose, status, sections };
  }

  async productsByIds(ids: number[], manager?: EntityManager): Promise<ProductFacts[]> {
    if (ids.length === 0) return [];
    const rows = await (manager ?? this.db.manager)
      .getRepository(Product)
      .findBy({ id: In([...new Set(ids)]) });
    return rows.map(productFacts);
  }

  async approvedScripts(
    productIds: number[],
    purpose: ScriptVersion['purpose'],
  ): Promise<ApprovedScriptFacts[]> {
    if (productIds.length === 0) return [];
    const rows = await this.db.getRepository(ScriptVersion).findBy({
      productId: In([...new Set(productIds)]),
      purpose,
      status: 'approved',
    });
    return rows.map(({ productId, version, text }) => ({ productId, version, text }));
  }

  /** Script versions' texts by id, whatever their status: what a ledger entry's hash vouches for. */
  async scriptTexts(
    ids: number[],
    manager?: EntityManager,
  ): Promise<{ id: number; text: string }[]> {
    if (ids.length === 0) return [];
    const rows = await (manager ?? this.db.manager)
      .getRepository(ScriptVersion)
      .find({ select: { id: true, text: true }, where: { id: In([...new Set(ids)]) } });
    return rows.map(({ id, text }) => ({ id, text }));
  }
}

function productFacts(p: Product): ProductFacts {
  const { id, code, name, monthlyFeeCents, trialDays, cancelMethod } = p;
  return { id, code, name, monthlyFeeCents, trialDays, cancelMethod };
}
