/**
 * How deep a client's JSON may nest. Real bodies nest three or four levels (a
 * call's transcript segments); class-transformer and class-validator recurse
 * once per level, so thousands of `[` ran them out of stack (a 500) where a
 * depth check costs one pass over bytes the parser reads anyway.
 */
export const MAX_JSON_DEPTH = 32;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b; // [
const OPEN_OBJECT = 0x7b; // {
const CLOSE_ARRAY = 0x5d; // ]
const CLOSE_OBJECT = 0x7d; // }

/**
 * Whether JSON text opens more than `max` arrays/objects at once (brackets in
 * strings ignored). A string is scanned as it is, code unit by code unit (the
 * characters that matter are ASCII, and no surrogate equals one): every NDJSON
 * line of an import passes here, and encoding it to bytes first cost more
 * than the scan.
 */
export function nestsDeeperThan(json: Buffer | string, max = MAX_JSON_DEPTH): boolean {
  const text = typeof json === 'string';
  const length = json.length;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < length; i++) {
    const b = text ? json.charCodeAt(i) : json[i];
    if (inString) {
      if (b === BACKSLASH) i++;
      else if (b === QUOTE) inString = false;
    } else if (b === QUOTE) {
      inString = true;
    } else if (b === OPEN_ARRAY || b === OPEN_OBJECT) {
      if (++depth > max) return true;
    } else if (b === CLOSE_ARRAY || b === CLOSE_OBJECT) {
      depth--;
    }
  }
  return false;
}

/** What body-parser reports for a body over the depth (AllExceptionsFilter maps its `type`). */
export class JsonTooDeepError extends Error {
  readonly status = 400;
  readonly type = 'entity.too.deep';
  constructor() {
    super(`JSON nested deeper than ${MAX_JSON_DEPTH} levels`);
  }
}

/** express.json's `verify` hook: refuses an over-deep body before it is parsed. */
export function refuseDeepJson(_req: unknown, _res: unknown, buf: Buffer): void {
  if (nestsDeeperThan(buf)) throw new JsonTooDeepError();
}

/** JSON.parse for text a client sent outside the body parser (NDJSON lines, CSV cells). */
export function parseClientJson(text: string): unknown {
  if (nestsDeeperThan(text)) throw new JsonTooDeepError();
  return JSON.parse(text);
}
