import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import type { Readable } from 'node:stream';
import { boundedLines } from '../../common/csv/bounded-lines.js';
import { readCsv } from '../../common/csv/read-csv.js';
import { parseClientJson } from '../../common/http/json-depth.js';

/** One input row: its line number for error reports, and either a record or why it could not be read. */
export type ImportRecord = { line: number; record?: Record<string, unknown>; error?: string };

/** `maxLineBytes`: a longer line is a row error (a call sent alone has the same JSON body limit). */
export async function* ndjsonRecords(
  input: Readable,
  maxLineBytes: number,
): AsyncGenerator<ImportRecord> {
  for await (const read of boundedLines(input, maxLineBytes)) {
    const line = read.line;
    if (read.tooLong) {
      yield { line, error: `line exceeds JSON_BODY_LIMIT_BYTES (${maxLineBytes} bytes)` };
      continue;
    }
    const text = read.text;
    if (text.trim() === '') continue;
    try {
      const record = parseClientJson(text) as Record<string, unknown> | null;
      if (record === null || typeof record !== 'object' || Array.isArray(record)) {
        yield { line, error: 'line is not a JSON object' };
      } else {
        yield { line, record };
      }
    } catch (err) {
      yield { line, error: `malformed JSON: ${(err as Error).message}` };
    }
  }
}

const NUMERIC = new Set(['durationSeconds', 'trialId']);

/**
 * CSV with a header of call fields. The transcript comes inline as JSON in a
 * `transcript` column, or from a JSON file named in `transcriptFile`, resolved
 * below `transcriptsDir` (never outside it).
 */
export async function* csvRecords(
  input: Readable,
  maxRecordBytes: number,
  transcriptsDir?: string,
): AsyncGenerator<ImportRecord> {
  const rows = readCsv<Record<string, string>>(input, { columns: true, maxRecordBytes });
  for await (const row of rows) {
    const line = row.line;
    if (row.error !== undefined) {
      yield { line, error: row.error };
      continue;
    }
    try {
      yield { line, record: await csvRow(row.record, transcriptsDir) };
    } catch (err) {
      yield { line, error: (err as Error).message };
    }
  }
}

async function csvRow(
  row: Record<string, string>,
  transcriptsDir?: string,
): Promise<Record<string, unknown>> {
  const record: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (value === '' || key === 'transcriptFile') continue;
    if (NUMERIC.has(key)) record[key] = /^-?\d+$/.test(value) ? Number(value) : value;
    else if (key === 'transcript') record[key] = parseJson(value, 'transcript');
    else record[key] = value;
  }
  if (row.transcriptFile) {
    if (!transcriptsDir)
      throw new Error('transcriptFile: no transcript files were supplied with this import');
    record.transcript = parseJson(
      await readTranscript(transcriptsDir, row.transcriptFile),
      'transcriptFile',
    );
  }
  return record;
}

async function readTranscript(dir: string, name: string): Promise<string> {
  const path = join(dir, name);
  const rel = relative(dir, path);
  if (isAbsolute(name) || rel.startsWith('..'))
    throw new Error(`transcriptFile: "${name}" leaves the import folder`);
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new Error(`transcriptFile: "${name}" not found`);
  }
}

function parseJson(text: string, field: string): unknown {
  try {
    return parseClientJson(text);
  } catch (err) {
    throw new Error(`${field}: malformed JSON (${(err as Error).message})`);
  }
}
