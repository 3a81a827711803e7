/**
 * Reads the population query's one aggregated string: comma-separated
 * `id:agentCode:status` tokens, each followed by `@startedAt` when asked for
 * (agents under re-check, whose calls are judged one by one against their
 * stints). Agent codes (catalogue CODE_PATTERN) and checker statuses never
 * contain `:`, `@` or `,`. A visitor rather than a list, and one scan of the
 * string rather than a split into tokens: a day's 100,000 calls need no
 * intermediate strings beyond the fields themselves.
 */
export function forEachListedCall(
  text: string | null,
  visit: (id: number, agentCode: string, status: string, startedAt: string | null) => void,
): void {
  if (!text) return;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const start = i;
    let id = 0;
    for (let c = text.charCodeAt(i); c !== COLON; c = text.charCodeAt(++i)) {
      if (!(c >= ZERO && c <= NINE)) throw malformed(text, start);
      id = id * 10 + (c - ZERO);
    }
    const agentEnd = text.indexOf(':', i + 1);
    if (i === start || agentEnd < 0) throw malformed(text, start);
    const agentCode = text.slice(i + 1, agentEnd);
    // Statuses are short: scan to the token's end or its start time. (A search
    // for '@' would run to the end of the string for every call without one.)
    let end = agentEnd + 1;
    let c = text.charCodeAt(end);
    while (end < n && c !== COMMA && c !== AT) c = text.charCodeAt(++end);
    const status = text.slice(agentEnd + 1, end);
    let startedAt: string | null = null;
    if (c === AT) {
      const from = end + 1;
      end = text.indexOf(',', from);
      if (end < 0) end = n;
      startedAt = text.slice(from, end);
    }
    visit(id, agentCode, status, startedAt);
    i = end + 1;
  }
}

const COLON = 58;
const COMMA = 44;
const AT = 64;
const ZERO = 48;
const NINE = 57;

function malformed(text: string, at: number): Error {
  return new Error(`Malformed population entry at ${at}: "${text.slice(at, at + 60)}"`);
}
