/**
 * Reads the population query's one aggregated string: comma-separated
 * `id:agentCode:status` tokens, each followed by `@startedAt` when asked for
 * (agents under re-check, whose calls are judged one by one against their
 * stints). Agent codes (catalogue CODE_PATTERN) and checker statuses never
 * contain `:`, `@` or `,`. A visitor rather than a list: a day's 100,000
 * calls need no intermediate objects.
 */
export function forEachListedCall(
  text: string | null,
  visit: (id: number, agentCode: string, status: string, startedAt: string | null) => void,
): void {
  if (!text) return;
  for (const token of text.split(',')) {
    const first = token.indexOf(':');
    const second = token.indexOf(':', first + 1);
    const at = token.indexOf('@', second + 1);
    visit(
      Number(token.slice(0, first)),
      token.slice(first + 1, second),
      at < 0 ? token.slice(second + 1) : token.slice(second + 1, at),
      at < 0 ? null : token.slice(at + 1),
    );
  }
}
