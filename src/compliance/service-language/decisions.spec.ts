import { findingKey, tallyServiceLanguage } from './decisions.js';
import type { ServiceLanguage, ServiceLanguageFinding } from './types.js';

const finding = (
  kind: ServiceLanguageFinding['kind'],
  segment: number,
  family?: string,
): ServiceLanguageFinding => ({ kind, segment, text: '', reason: '', family });

const call: ServiceLanguage = {
  score: 55,
  findings: [
    finding('greeting', 0),
    finding('taboo', 3, 'taboo.shirking'),
    finding('taboo', 3, 'taboo.blame'),
    finding('interruption', 5),
  ],
};

describe('service-language finding decisions', () => {
  it('names a finding by kind, segment and (taboos) family', () => {
    expect(findingKey(finding('greeting', 0))).toBe('greeting@0');
    expect(findingKey(finding('taboo', 3, 'taboo.shirking'))).toBe('taboo@3/taboo.shirking');
    expect(new Set(call.findings.map(findingKey)).size).toBe(call.findings.length);
  });

  it('counts every finding when nothing is dismissed (confirmed ones count as found)', () => {
    expect(tallyServiceLanguage(call, new Set())).toMatchObject({ score: 55, taboos: 2 });
  });

  it('leaves dismissed findings out of the score and the taboos', () => {
    const t = tallyServiceLanguage(call, new Set(['taboo@3/taboo.blame', 'greeting@0']));
    expect(t).toMatchObject({ score: 80, taboos: 1 });
    expect(t.findings.map(findingKey)).toEqual(['taboo@3/taboo.shirking', 'interruption@5']);
  });

  it('dismissing everything gives 100, and a key of another call changes nothing', () => {
    expect(tallyServiceLanguage(call, new Set(call.findings.map(findingKey))).score).toBe(100);
    expect(tallyServiceLanguage(call, new Set(['closing@9'])).score).toBe(55);
  });

  it('an unscored call (no agent speech, or checked before the score existed) stays unscored', () => {
    expect(tallyServiceLanguage({ score: null, findings: [] }, new Set())).toEqual({
      score: null,
      taboos: null,
      findings: [],
    });
    expect(tallyServiceLanguage(undefined, new Set()).score).toBeNull();
  });
});
