import { Accounts1764400000000 } from './1764400000000-accounts.js';
import { CallRecordings1764500000000 } from './1764500000000-call-recordings.js';
import { OneBootstrapAdmin1764500001000 } from './1764500001000-one-bootstrap-admin.js';
import { Blacklist1763800003000 } from './1763800003000-blacklist.js';
import { Calls1763800002000 } from './1763800002000-calls.js';
import { Catalogue1763800001000 } from './1763800001000-catalogue.js';
import { ComplaintCallBacks1764600000000 } from './1764600000000-complaint-call-backs.js';
import { Complaints1763800004000 } from './1763800004000-complaints.js';
import { ConsentLedger1796414830234 } from './1796414830234-consent-ledger.js';
import { DialListHistory1796416804706 } from './1796416804706-dial-list-history.js';
import { CallTiersAsRows1796590097947 } from './1796590097947-call-tiers-as-rows.js';
import { SubjectKey1796590061411 } from './1796590061411-subject-key.js';
import { MaskBlacklistAudit1796656863066 } from './1796656863066-mask-blacklist-audit.js';
import { Foundation1763800000000 } from './1763800000000-foundation.js';
import { Qa1763800005000 } from './1763800005000-qa.js';
import { QaItemsBulkKeys1763800008000 } from './1763800008000-qa-items-bulk-keys.js';
import { QaItemsOpenIndex1763800009000 } from './1763800009000-qa-items-open-index.js';
import { Reports1763800007000 } from './1763800007000-reports.js';
import { ServiceLanguagePhrases1764700000000 } from './1764700000000-service-language-phrases.js';
import { WorkOrderQa1796414393471 } from './1796414393471-work-order-qa.js';
import { ServiceLanguageDecisions1796414400465 } from './1796414400465-service-language-decisions.js';
import { RemedialReasonFacts1796414691731 } from './1796414691731-remedial-reason-facts.js';
import { RetentionPolicies1796590026398 } from './1796590026398-retention-policies.js';
import { Trials1763800006000 } from './1763800006000-trials.js';
import { ReviewStandardResults1796593575142 } from './1796593575142-review-standard-results.js';
import { CallStandardResults1796593574142 } from './1796593574142-call-standard-results.js';

/** Every migration, in order. Listed explicitly: no file globbing at runtime. */
export const MIGRATIONS = [
  Foundation1763800000000,
  Catalogue1763800001000,
  Calls1763800002000,
  Blacklist1763800003000,
  Complaints1763800004000,
  Qa1763800005000,
  Trials1763800006000,
  Reports1763800007000,
  QaItemsBulkKeys1763800008000,
  QaItemsOpenIndex1763800009000,
  Accounts1764400000000,
  CallRecordings1764500000000,
  OneBootstrapAdmin1764500001000,
  ComplaintCallBacks1764600000000,
  ServiceLanguagePhrases1764700000000,
  WorkOrderQa1796414393471,
  ServiceLanguageDecisions1796414400465,
  RemedialReasonFacts1796414691731,
  ConsentLedger1796414830234,
  DialListHistory1796416804706,
  RetentionPolicies1796590026398,
  SubjectKey1796590061411,
  CallTiersAsRows1796590097947,
  CallStandardResults1796593574142,
  ReviewStandardResults1796593575142,
  MaskBlacklistAudit1796656863066,
];
