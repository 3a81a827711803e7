import { parse } from 'csv-parse';
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/** One input row: its line number for error reports, and either a record or why it could not be read. */
export type ImportRecord = { line: number; record?: Record<string, unknown>; error?: string };

export async function* ndjsonRecords(input: Readable): AsyncGenerator<ImportRecord> {
  let line = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    line += 1;
    if (text.trim() === '') continue;
    try {
      const record = JSON.parse(text);
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
  transcriptsDir?: string,
): AsyncGenerator<ImportRecord> {
  const parser = input.pipe(
    parse({
      columns: true,
      bom: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      info: true,
    }),
  );
  // `info` gives each record's own line number; the parser's running counter reads ahead.
  for await (const { record: row, info } of parser as AsyncIterable<{
    record: Record<string, string>;
    info: { lines: number };
  }>) {
    const line = info.lines;
    try {
      yield { line, record: await csvRow(row, transcriptsDir) };
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
    return JSON.parse(text);
  } catch (err) {
    throw new Error(`${field}: malformed JSON (${(err as Error).message})`);
  }
}
