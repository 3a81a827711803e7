/**
 * Reads one aggregated group of the population query: comma-separated call
 * ids, each optionally followed by `@startedAt` (only asked for agents under
 * re-check, whose calls are judged one by one against their stints). A visitor
 * rather than a list: a day's 100,000 calls need no intermediate objects.
 */
export function forEachListedCall(
  text: string | null,
  visit: (id: number, startedAt: string | null) => void,
): void {
  if (!text) return;
  for (const token of text.split(',')) {
    const at = token.indexOf('@');
    if (at < 0) visit(Number(token), null);
    else visit(Number(token.slice(0, at)), token.slice(at + 1));
  }
}
