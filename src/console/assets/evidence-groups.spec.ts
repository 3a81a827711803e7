import { Script } from 'node:vm';
import { evidenceExcerpt, groupEvidence } from './evidence-groups.js';

const STANDARDS = ['identity', 'script'];
const seg = (text: string) => ({ text });

describe('groupEvidence', () => {
  it('lists each turn once per standard, in transcript order', () => {
    const segments = [seg('您好'), seg('是机主吗'), seg('每月十元'), seg('资费每月十元')];
    const groups = groupEvidence(
      {
        identity: { evidence: [{ segment: 1 }] },
        script: {
          evidence: [
            { segment: 3, phrase: '每月' },
            { segment: 2, phrase: '十元' },
            { segment: 3, phrase: '资费' },
          ],
        },
      },
      STANDARDS,
      segments,
    );
    expect(groups.identity).toEqual([{ segment: 1, excerpt: '是机主吗' }]);
    expect(groups.script.map((e) => e.segment)).toEqual([2, 3]);
  });

  it('gives an empty list to a standard without a verdict or evidence, and drops turns the transcript lacks', () => {
    const groups = groupEvidence(
      { identity: null, script: { evidence: [{ segment: 5 }, { segment: -1 }, { segment: 0 }] } },
      STANDARDS,
      [seg('您好')],
    );
    expect(groups).toEqual({ identity: [], script: [{ segment: 0, excerpt: '您好' }] });
    expect(groupEvidence(null, STANDARDS, [])).toEqual({ identity: [], script: [] });
  });

  it('keeps a phrase found in the words for the excerpt when the same turn comes twice', () => {
    const long =
      '我跟您说一下这个业务的情况，'.repeat(3) +
      '资费是每个月十五元' +
      '，到期自动续订。'.repeat(3);
    const groups = groupEvidence(
      { script: { evidence: [{ segment: 0 }, { segment: 0, phrase: '每个月十五元' }] } },
      ['script'],
      [seg(long)],
    );
    expect(groups.script[0].excerpt).toContain('每个月十五元');
  });
});

describe('evidenceExcerpt', () => {
  const long =
    '您好，这里是移动客服中心，今天给您来电是想介绍一项流量包月业务，资费是每个月十五元，含十个G的国内流量，您看可以吗';

  it('shows a short turn whole', () => {
    expect(evidenceExcerpt('好的，可以开通', '开通')).toBe('好的，可以开通');
  });

  it('shows the words around the phrase, cut ends marked', () => {
    const e = evidenceExcerpt(long, '每个月十五元');
    expect(e).toContain('每个月十五元');
    expect(e.startsWith('…')).toBe(true);
    expect(e.replace(/…/g, '').length).toBe(40);
  });

  it('shows the opening words when the phrase is the checker’s normalised text', () => {
    expect(evidenceExcerpt(long, '量月 月包 每个')).toBe(long.slice(0, 40) + '…');
  });

  it('is valid browser script as the console embeds it', () => {
    const source = `${groupEvidence.toString()}\n${evidenceExcerpt.toString()}`;
    expect(() => new Script(source)).not.toThrow();
    expect(source).not.toMatch(/`/);
  });
});
