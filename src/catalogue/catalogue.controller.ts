import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Agent } from './agent.entity.js';
import { Product } from './product.entity.js';
import { ScriptVersion } from './script-version.entity.js';
import { Roles } from '../common/access/decorators.js';
import { CurrentUser, type Principal } from '../common/access/principal.js';
import { Audited } from '../common/audit/audited.decorator.js';
import { CatalogueService } from './catalogue.service.js';
import { CreateAgentDto } from './dto/create-agent.dto.js';
import { CreateProductDto } from './dto/create-product.dto.js';
import { CreateScriptDto } from './dto/create-script.dto.js';

const READERS = ['inspector', 'supervisor', 'campaign_manager', 'agent', 'auditor'] as const;

@ApiTags('catalogue')
@Controller('api')
export class CatalogueController {
  constructor(private readonly catalogue: CatalogueService) {}

  @Post('agents')
  @ApiOperation({ summary: 'Register an agent' })
  @ApiCreatedResponse({ type: Agent })
  @Roles('admin')
  @Audited('agent.create', 'agent')
  createAgent(@Body() dto: CreateAgentDto): Promise<Agent> {
    return this.catalogue.createAgent(dto);
  }

  @Get('agents')
  @ApiOperation({ summary: 'List agents' })
  @ApiOkResponse({ type: [Agent] })
  @Roles(...READERS)
  listAgents(): Promise<Agent[]> {
    return this.catalogue.listAgents();
  }

  @Post('products')
  @ApiOperation({ summary: 'Add a product to the catalogue' })
  @ApiCreatedResponse({ type: Product })
  @Roles('admin')
  @Audited('product.create', 'product')
  createProduct(@Body() dto: CreateProductDto): Promise<Product> {
    return this.catalogue.createProduct(dto);
  }

  @Get('products')
  @ApiOperation({ summary: 'List products' })
  @ApiOkResponse({ type: [Product] })
  @Roles(...READERS)
  listProducts(): Promise<Product[]> {
    return this.catalogue.listProducts();
  }

  @Get('products/:code')
  @ApiOperation({ summary: 'One product with its trial terms' })
  @ApiOkResponse({ type: Product })
  @Roles(...READERS)
  product(@Param('code') code: string): Promise<Product> {
    return this.catalogue.product(code);
  }

  @Get('products/:code/scripts')
  @ApiOperation({ summary: "List a product's script versions" })
  @ApiOkResponse({ type: [ScriptVersion] })
  @Roles(...READERS)
  listScripts(@Param('code') code: string): Promise<ScriptVersion[]> {
    return this.catalogue.listScripts(code);
  }

  @Post('products/:code/scripts')
  @ApiOperation({ summary: 'Add a draft script version to a product' })
  @ApiCreatedResponse({ type: ScriptVersion })
  @Roles('admin')
  @Audited('script.create', 'script')
  createScript(
    @Param('code') code: string,
    @Body() dto: CreateScriptDto,
    @CurrentUser() user: Principal,
  ): Promise<ScriptVersion> {
    return this.catalogue.createScript(code, dto, user);
  }

  @Post('products/:code/scripts/:version/approve')
  @ApiOperation({ summary: 'Approve a script version for use on calls' })
  @ApiOkResponse({ type: ScriptVersion })
  @HttpCode(200)
  @Roles('admin')
  @Audited('script.approve', 'script')
  approveScript(
    @Param('code') code: string,
    @Param('version') version: string,
    @CurrentUser() user: Principal,
  ): Promise<ScriptVersion> {
    return this.catalogue.approveScript(code, version, user);
  }
}
