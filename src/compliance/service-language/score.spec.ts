import { serviceLanguageScore } from './score.js';
import type { FindingKind } from './types.js';

const found = (...kinds: FindingKind[]) =>
  kinds.map((kind, segment) => ({ kind, segment, text: '', reason: '' }));

describe('service-language score', () => {
  it.each([
    [[], 100],
    [['greeting'], 90],
    [['greeting', 'polite_address', 'closing'], 70],
    [['taboo'], 85],
    [['taboo', 'taboo'], 70],
    [['interruption', 'interruption', 'interruption'], 85],
    [['interruption', 'interruption', 'interruption', 'interruption', 'interruption'], 80],
    [['taboo', 'taboo', 'taboo', 'taboo', 'taboo', 'taboo'], 40],
  ] as [FindingKind[], number][])('%j → %i', (kinds, score) => {
    expect(serviceLanguageScore(found(...kinds))).toBe(score);
  });

  it('never goes below 0', () => {
    const all = found(
      'greeting',
      'polite_address',
      'closing',
      ...Array<FindingKind>(4).fill('taboo'),
      ...Array<FindingKind>(4).fill('interruption'),
    );
    expect(serviceLanguageScore(all)).toBe(0);
  });
});
