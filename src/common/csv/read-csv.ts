import { CsvError, parse, type Options } from 'csv-parse';
import type { Readable } from 'node:stream';

/** One CSV record with its own line number, or the parse error that ended the file. */
export type CsvRow<T> =
  { line: number; record: T; error?: undefined } | { line: number; error: string };

/**
 * Every CSV upload is read through this: a record longer than `maxRecordBytes`
 * or a syntax error (an unterminated quote) is not an exception but a final
 * row error naming its line, so the caller reports it after accounting for
 * every row before it, and nothing after it is read.
 */
export async function* readCsv<T>(
  input: Readable,
  options: Options & { maxRecordBytes: number },
): AsyncGenerator<CsvRow<T>> {
  const { maxRecordBytes, ...rest } = options;
  const parser = input.pipe(
    parse({
      bom: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      ...rest,
      max_record_size: maxRecordBytes,
      info: true,
    }),
  );
  let lastLine = 0;
  try {
    for await (const { record, info } of records<T>(parser)) {
      lastLine = info.lines;
      yield { line: info.lines, record };
    }
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    input.unpipe(parser);
    input.resume();
    // The record that failed starts on the line after the last good one (the
    // parser's own counter points at where it gave up, often the file's end).
    const line = lastLine + 1;
    const problem =
      err.code === 'CSV_MAX_RECORD_SIZE' ? `a record exceeds ${maxRecordBytes} bytes` : err.message;
    yield { line, error: `CSV unreadable from here on (${problem}); the rest was not imported` };
  }
}

const HIGH_WATER = 1_000;

/**
 * The parser's records in order, then its error. A stream's own async
 * iterator throws as soon as the stream fails and drops records it had
 * already parsed — the rows before a bad one, which must be accounted for.
 */
async function* records<T>(
  parser: Readable,
): AsyncGenerator<{ record: T; info: { lines: number } }> {
  const queue: { record: T; info: { lines: number } }[] = [];
  let failure: Error | null = null;
  let ended = false;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  parser.on('data', (r) => {
    queue.push(r);
    if (queue.length >= HIGH_WATER) parser.pause();
    notify();
  });
  parser.on('error', (err) => {
    failure = err;
    notify();
  });
  parser.on('end', () => {
    ended = true;
    notify();
  });
  for (;;) {
    if (queue.length > 0) {
      yield queue.shift()!;
      if (queue.length < HIGH_WATER / 2 && parser.isPaused()) parser.resume();
      continue;
    }
    if (failure) throw failure;
    if (ended) return;
    await new Promise<void>((resolve) => (wake = resolve));
  }
}

/**
 * OWASP's CSV-injection defence for files staff open in Excel or WPS: a cell
 * starting with = + - @ tab or CR is prefixed with a single quote so it is
 * read as text, not a formula. Phone numbers are exported in their normalised
 * form (11 digits, or E.164 '+…' for other numbers): an E.164 number is left
 * as it is, since '+' and digits alone are no formula and auditors match them
 * verbatim.
 */
export function spreadsheetSafe(cell: unknown): unknown {
  if (typeof cell !== 'string' || !/^[=+\-@\t\r]/.test(cell)) return cell;
  if (/^\+\d{6,15}$/.test(cell)) return cell;
  return `'${cell}`;
}
