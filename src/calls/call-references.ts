import { Injectable } from '@nestjs/common';
import {
  CatalogueReader,
  type AgentFacts,
  type ProductFacts,
  type ScriptVersionFacts,
} from '../catalogue/index.js';
import { InvalidInputError } from '../common/errors.js';

export interface CallReferences {
  agent: AgentFacts;
  product: ProductFacts;
  /** Null when the call names no script version or only a draft one: the script standard then fails. */
  script: ScriptVersionFacts | null;
}

/**
 * Resolves a call's codes to catalogue rows, naming the field that is wrong.
 * One instance per request or import run: lookups are cached, so a bulk import
 * of a million rows asks the database once per distinct code.
 */
export class CallReferenceResolver {
  private readonly agentCache = new Map<string, Promise<AgentFacts | null>>();
  private readonly productCache = new Map<string, Promise<ProductFacts | null>>();
  private readonly scriptCache = new Map<string, Promise<ScriptVersionFacts | null>>();

  constructor(private readonly catalogue: CatalogueReader) {}

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
    let script: ScriptVersionFacts | null = null;
    if (codes.scriptVersion) {
      script = await this.script(product.id, codes.scriptVersion);
      if (!script) {
        throw new InvalidInputError(
          `scriptVersion: product ${product.code} has no script version "${codes.scriptVersion}"`,
        );
      }
    }
    return { agent: agent as AgentFacts, product, script };
  }

  private agent(code: string) {
    return cached(this.agentCache, code, () => this.catalogue.agentByCode(code));
  }

  private product(code: string) {
    return cached(this.productCache, code, () => this.catalogue.productByCode(code));
  }

  private script(productId: number, version: string) {
    return cached(this.scriptCache, `${productId}/${version}`, () =>
      this.catalogue.scriptVersion(productId, version),
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
  constructor(private readonly catalogue: CatalogueReader) {}

  create(): CallReferenceResolver {
    return new CallReferenceResolver(this.catalogue);
  }
}
