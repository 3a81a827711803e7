// The catalogue module's front door: what other modules may use.
export {
  CatalogueReader,
  type ApprovedScriptFacts,
  type ProductFacts,
} from './catalogue-reader.js';
export { CatalogueEvents, type CatalogueEventMap } from './catalogue-events.js';
export { CatalogueService } from './catalogue.service.js';
export { CatalogueModule } from './catalogue.module.js';
export type { AgentFacts, ScriptVersionFacts } from './catalogue-reader.js';
export { agentDirectory, type AgentListing } from './agent-directory.js';
