// The ledger module's front door: what other modules may use.
export { LedgerModule } from './ledger.module.js';
export {
  LedgerService,
  SaleTermsMemo,
  type ConfirmationFact,
  type PlainFact,
} from './ledger.service.js';
export { LedgerQueries } from './ledger-queries.js';
export { LedgerRetention } from './ledger-retention.js';
export { LedgerVerifier, type Verification } from './ledger-verifier.js';
export { RecordingFiles, type RecordingHasher } from './recording-files.js';
export type { ChainHead } from './domain/chain.js';
export type { LedgerCall } from './domain/entries.js';
export { SubjectLedger } from './subject-ledger.js';
export { SubscriberProof } from './subscriber-proof.js';
export { LedgerEntryView } from './ledger-view.js';
