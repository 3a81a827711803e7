import { drawSample, type PopulationCall } from './draw.js';
import { verifyDraw } from './verify.js';

const population: PopulationCall[] = Array.from({ length: 120 }, (_, i) => ({
  callId: i + 1,
  agentCode: `A00${(i % 4) + 1}`,
  flagged: i % 29 === 0,
  recheck: false,
}));
const run = drawSample({ seed: 'verify-seed', rate: 0.1, population });

describe('verifyDraw', () => {
  it('reproduces a draw from the same seed and population (any population order)', () => {
    const again = drawSample({
      seed: 'verify-seed',
      rate: 0.1,
      population: [...population].reverse(),
    });
    expect(verifyDraw(run.items, again.items)).toEqual({
      reproduced: true,
      missing: [],
      unexpected: [],
    });
  });

  it('treats ids coming back from the database as text the same as numbers', () => {
    const stored = run.items.map((i) => ({ ...i, callId: String(i.callId) }));
    expect(verifyDraw(stored, run.items).reproduced).toBe(true);
  });

  it('reports a swapped item as one missing and one unexpected', () => {
    const randomItem = run.items.find((i) => i.reason === 'random')!;
    const outsider = population.find((c) => !run.items.some((i) => i.callId === c.callId))!;
    const stored = run.items.map((i) =>
      i === randomItem ? { ...i, callId: outsider.callId, agentCode: outsider.agentCode } : i,
    );
    const result = verifyDraw(stored, run.items);
    expect(result.reproduced).toBe(false);
    expect(result.missing).toEqual([randomItem]);
    expect(result.unexpected.map((i) => i.callId)).toEqual([outsider.callId]);
  });

  it('a changed reason does not reproduce', () => {
    const stored = run.items.map((i, n) => (n === 0 ? { ...i, reason: 'recheck' as const } : i));
    expect(verifyDraw(stored, run.items).reproduced).toBe(false);
  });

  it('a duplicated stored item does not reproduce', () => {
    const result = verifyDraw([...run.items, run.items[0]], run.items);
    expect(result).toMatchObject({ reproduced: false, missing: [], unexpected: [run.items[0]] });
  });

  it('a different seed does not reproduce', () => {
    const other = drawSample({ seed: 'other-seed', rate: 0.1, population });
    expect(verifyDraw(run.items, other.items).reproduced).toBe(false);
  });
});
