/** Pure dial-list and blacklist core: no Nest, no database. */
export { PhoneSet } from './phone-set.js';
export {
  filterDialList,
  type DialListCounts,
  type DialListFilterOptions,
  type RejectReason,
} from './dial-list-filter.js';
export { filterExport, type ExportFilterOptions } from './export-filter.js';
export { CsvFormatError } from './line-splitter.js';
export { PHONE_COLUMN_NAMES } from './phone-column.js';
