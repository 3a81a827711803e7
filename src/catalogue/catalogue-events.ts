import { Injectable } from '@nestjs/common';
import { TypedEvents } from '../common/events/typed-events.js';
import type { ScriptVersion } from './script-version.entity.js';

/** A script version was approved: the calls module re-evaluates calls that used it. */
export type CatalogueEventMap = { scriptApproved: [script: ScriptVersion] };

@Injectable()
export class CatalogueEvents extends TypedEvents<CatalogueEventMap> {}
