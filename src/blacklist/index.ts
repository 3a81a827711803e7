// The blacklist module's front door: what other modules may use.
export { BlacklistEvents, type BlacklistEventMap } from './blacklist-events.js';
export { BlacklistReader } from './blacklist-reader.js';
export { BlacklistService } from './blacklist.service.js';
export { BlacklistModule } from './blacklist.module.js';
export { BlacklistEntryView } from './blacklist-view.js';
export { DialListRetention } from './dial-lists/dial-list-retention.js';
