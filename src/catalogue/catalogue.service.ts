import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import type { Principal } from '../common/access/principal.js';
import { parseScript } from '../compliance/script-format.js';
import { ConflictError, inField, NotFoundError } from '../common/errors.js';
import { isUniqueViolation } from '../database/scheduler-lock.js';
import { Agent } from './agent.entity.js';
import { CreateAgentDto } from './dto/create-agent.dto.js';
import { CreateProductDto } from './dto/create-product.dto.js';
import { CreateScriptDto } from './dto/create-script.dto.js';
import { Product } from './product.entity.js';
import { ScriptVersion } from './script-version.entity.js';
import { CatalogueEvents } from './catalogue-events.js';

@Injectable()
export class CatalogueService {
  constructor(
    @InjectRepository(Agent) private readonly agents: Repository<Agent>,
    @InjectRepository(Product) private readonly products: Repository<Product>,
    @InjectRepository(ScriptVersion) private readonly scripts: Repository<ScriptVersion>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: CatalogueEvents,
  ) {}

  createAgent(dto: CreateAgentDto): Promise<Agent> {
    return uniqueOr409(
      () =>
        this.agents.save(
          this.agents.create({ ...dto, team: dto.team ?? null, createdAt: new Date() }),
        ),
      `agent ${dto.code} already exists`,
    );
  }

  listAgents(): Promise<Agent[]> {
    return this.agents.find({ order: { code: 'ASC' } });
  }

  createProduct(dto: CreateProductDto): Promise<Product> {
    return uniqueOr409(
      () => this.products.save(this.products.create({ ...dto, createdAt: new Date() })),
      `product ${dto.code} already exists`,
    );
  }

  listProducts(): Promise<Product[]> {
    return this.products.find({ order: { code: 'ASC' } });
  }

  async product(code: string): Promise<Product> {
    const product = await this.products.findOneBy({ code });
    if (!product) throw new NotFoundError(`product ${code}`);
    return product;
  }

  async listScripts(code: string): Promise<ScriptVersion[]> {
    const product = await this.product(code);
    return this.scripts.find({ where: { productId: product.id }, order: { id: 'ASC' } });
  }

  async createScript(
    code: string,
    dto: CreateScriptDto,
    author: Principal,
  ): Promise<ScriptVersion> {
    const product = await this.product(code);
    const sections = inField('text', () => parseScript(dto.text, product.trialDays !== null));
    return uniqueOr409(
      () =>
        this.scripts.save(
          this.scripts.create({
            productId: product.id,
            version: dto.version,
            purpose: dto.purpose,
            text: dto.text,
            sections,
            status: 'draft',
            createdBy: author.name,
            createdAt: new Date(),
          }),
        ),
      `script version ${dto.version} of ${code} already exists; an approved version never changes, add a new one`,
    );
  }

  /** Approving supersedes the previously approved version of the same purpose. */
  async approveScript(code: string, version: string, approver: Principal): Promise<ScriptVersion> {
    const product = await this.product(code);
    const approved = await this.db.transaction(async (tx) => {
      const repo = tx.getRepository(ScriptVersion);
      const script = await repo.findOneBy({ productId: product.id, version });
      if (!script) throw new NotFoundError(`script version ${version} of ${code}`);
      if (script.status === 'approved') return script;
      if (script.status === 'superseded')
        throw new ConflictError(`script version ${version} was superseded`);
      const now = new Date();
      await repo.update(
        { productId: product.id, purpose: script.purpose, status: 'approved' },
        { status: 'superseded', supersededAt: now },
      );
      script.status = 'approved';
      script.approvedBy = approver.name;
      script.approvedAt = now;
      return repo.save(script);
    });
    await this.events.emit('scriptApproved', approved);
    return approved;
  }

  async approvedScript(productId: number, version: string): Promise<ScriptVersion | null> {
    const script = await this.scripts.findOneBy({ productId, version });
    return script && script.status !== 'draft' ? script : null;
  }
}

async function uniqueOr409<T>(write: () => Promise<T>, message: string): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isUniqueViolation(err)) throw new ConflictError(message);
    throw err;
  }
}
