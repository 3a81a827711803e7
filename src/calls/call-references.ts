import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Agent } from '../catalogue/agent.entity.js';
import { Product } from '../catalogue/product.entity.js';
import { ScriptVersion } from '../catalogue/script-version.entity.js';
import { InvalidInputError } from '../common/errors.js';

export interface CallReferences {
  agent: Agent;
  product: Product;
  /** Null when the call names no script version or only a draft one: the script standard then fails. */
  script: ScriptVersion | null;
}

/**
 * Resolves a call's codes to catalogue rows, naming the field that is wrong.
 * One instance per request or import run: lookups are cached, so a bulk import
 * of a million rows asks the database once per distinct code.
 */
export class CallReferenceResolver {
  private readonly agentCache = new Map<string, Promise<Agent | null>>();
  private readonly productCache = new Map<string, Promise<Product | null>>();
  private readonly scriptCache = new Map<string, Promise<ScriptVersion | null>>();

  constructor(
    private readonly agents: Repository<Agent>,
    private readonly products: Repository<Product>,
    private readonly scripts: Repository<ScriptVersion>,
  ) {}

  async resolve(codes: {
    agentCode?: string;
    productCode: string;
    scriptVersion?: string | null;
  }): Promise<CallReferences> {
    const agent = codes.agentCode === undefined ? null : await this.agent(codes.agentCode);
    if (codes.agentCode !== undefined && !agent)
      throw new InvalidInputError(`agentCode: unknown agent "${codes.agentCode}"`);
    const product = await this.product(codes.productCode);
    if (!product)
      throw new InvalidInputError(`productCode: unknown product "${codes.productCode}"`);
    let script: ScriptVersion | null = null;
    if (codes.scriptVersion) {
      script = await this.script(product.id, codes.scriptVersion);
      if (!script) {
        throw new InvalidInputError(
          `scriptVersion: product ${product.code} has no script version "${codes.scriptVersion}"`,
        );
      }
    }
    return { agent: agent as Agent, product, script };
  }

  private agent(code: string) {
    return cached(this.agentCache, code, () => this.agents.findOneBy({ code }));
  }

  private product(code: string) {
    return cached(this.productCache, code, () => this.products.findOneBy({ code }));
  }

  private script(productId: number, version: string) {
    return cached(this.scriptCache, `${productId}/${version}`, () =>
      this.scripts.findOneBy({ productId, version }),
    );
  }
}

function cached<T>(map: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let hit = map.get(key);
  if (!hit) {
    hit = load();
    map.set(key, hit);
  }
  return hit;
}

@Injectable()
export class CallReferenceResolverFactory {
  constructor(
    @InjectRepository(Agent) private readonly agents: Repository<Agent>,
    @InjectRepository(Product) private readonly products: Repository<Product>,
    @InjectRepository(ScriptVersion) private readonly scripts: Repository<ScriptVersion>,
  ) {}

  create(): CallReferenceResolver {
    return new CallReferenceResolver(this.agents, this.products, this.scripts);
  }
}
