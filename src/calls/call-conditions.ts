import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { LIKE_ESCAPE } from '../database/like.js';
import { CallStandardResult } from './call-standard-result.entity.js';
import { Call } from './call.entity.js';

/**
 * Conditions on the call a row of another module refers to (QA's queue items),
 * as SQL for that module's own query: a filter on calls then pages in one
 * query on the database, where fetching the matching call ids first could mean
 * a day's 100,000. Calls writes the subqueries on its tables; the caller names
 * its call-id column and binds the parameter.
 */
export const CallConditions = {
  /** The checker failed the call on the standard bound to `:param`. */
  failedStandard(qb: SelectQueryBuilder<ObjectLiteral>, callId: string, param: string): string {
    return `EXISTS ${qb
      .subQuery()
      .select('1')
      .from(CallStandardResult, 'fc')
      .where(`fc.call_id = ${callId} AND fc.standard = :${param} AND fc.result = 'fail'`)
      .getQuery()}`;
  },

  /** The call's external id, lower-cased, is LIKE the pattern bound to `:param` (containsPattern). */
  externalIdLike(qb: SelectQueryBuilder<ObjectLiteral>, callId: string, param: string): string {
    return `EXISTS ${qb
      .subQuery()
      .select('1')
      .from(Call, 'sc')
      .where(`sc.id = ${callId} AND LOWER(sc.external_id) LIKE :${param} ${LIKE_ESCAPE}`)
      .getQuery()}`;
  },
};
