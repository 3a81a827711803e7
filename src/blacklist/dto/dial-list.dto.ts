import { PageLimit, PageOffset } from '../../common/http/page-query.dto.js';

/** The upload history a page at a time, newest first. */
export class DialListHistoryQuery {
  @PageLimit(100, 20) limit?: number;
  @PageOffset() offset?: number;
}
