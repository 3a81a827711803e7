/**
 * QA sampling core (录音抽查): the draw, its verification, periods and the
 * re-check list, as pure functions over plain data (no Nest, no TypeORM).
 * Decisions are documented in draw.ts (reasons, quota, weekly avoidance),
 * allocation.ts (per-agent spread), quota.ts (exact ceil) and recheck.ts
 * (release and reset rules). Store DRAW_ALGORITHM and the seed on each run.
 */
export * from './allocation.js';
export * from './business-days.js';
export * from './call-id.js';
export * from './draw.js';
export * from './periods.js';
export * from './population.js';
export * from './quota.js';
export * from './recheck.js';
export * from './seeded-random.js';
export * from './verify.js';
export type { Instant } from './local-time.js';
export * from './work-order-checklist.js';
export * from './work-order-population.js';
export * from './work-order-review.js';
