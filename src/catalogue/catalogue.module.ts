import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Agent } from './agent.entity.js';
import { CatalogueController } from './catalogue.controller.js';
import { CatalogueReader } from './catalogue-reader.js';
import { CatalogueService } from './catalogue.service.js';
import { Product } from './product.entity.js';
import { CatalogueEvents } from './catalogue-events.js';
import { ScriptVersion } from './script-version.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([Agent, Product, ScriptVersion])],
  controllers: [CatalogueController],
  providers: [CatalogueService, CatalogueEvents, CatalogueReader],
  exports: [CatalogueService, CatalogueEvents, CatalogueReader, TypeOrmModule],
})
export class CatalogueModule {}
