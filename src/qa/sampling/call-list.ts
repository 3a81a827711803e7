/**
 * Parses one aggregated group of the population query: comma-separated call
 * ids, each optionally followed by `@startedAt` (only asked for agents under
 * re-check, whose calls are judged one by one against their stints).
 */
export interface ListedCall {
  id: number;
  startedAt: string | null;
}

export function parseCallList(text: string | null): ListedCall[] {
  if (!text) return [];
  return text.split(',').map((token) => {
    const at = token.indexOf('@');
    return at < 0
      ? { id: Number(token), startedAt: null }
      : { id: Number(token.slice(0, at)), startedAt: token.slice(at + 1) };
  });
}
