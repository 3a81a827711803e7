import { DEFAULT_PHRASE_LIST } from './default-phrases.js';
import {
  expandPattern,
  parsePhraseList,
  PhraseListError,
  phraseListProblems,
} from './phrase-list.js';

const family = (over: Record<string, unknown> = {}) => ({
  id: 'taboo.test',
  kind: 'taboo',
  label: '测试',
  patterns: ['不归我管'],
  ...over,
});
const withFamily = (over: Record<string, unknown>) => ({
  families: [...DEFAULT_PHRASE_LIST.families, family(over)],
});

describe('service-language phrase list as data', () => {
  it('accepts the default list', () => {
    expect(phraseListProblems(DEFAULT_PHRASE_LIST)).toEqual([]);
    expect(parsePhraseList(DEFAULT_PHRASE_LIST)).toBe(DEFAULT_PHRASE_LIST);
  });

  it('expands bracketed alternatives', () => {
    expect(expandPattern('[你您]自己的[错问]')).toEqual([
      '你自己的错',
      '你自己的问',
      '您自己的错',
      '您自己的问',
    ]);
    expect(expandPattern('再见')).toEqual(['再见']);
    expect(() => expandPattern('[你您自己')).toThrow('without "]"');
    expect(() => expandPattern('你]')).toThrow('without "["');
    expect(() => expandPattern('[]好')).toThrow('empty');
    expect(() => expandPattern('[一二三四][一二三四][一二三四][一二三四][一二]')).toThrow(
      'over 64',
    );
  });

  it.each([
    [{ id: 'Taboo' }, 'families.8.id'],
    [{ kind: 'rude' }, 'families.8.kind must be one of'],
    [{ label: '' }, 'families.8.label'],
    [{ patterns: [] }, 'families.8.patterns must have at least 1'],
    [{ patterns: ['好', 3] }, 'families.8.patterns.1'],
    [{ patterns: ['[你您'] }, 'families.8.patterns.0 "[你您" has "[" without "]"'],
    [{ exceptions: 'no' }, 'families.8.exceptions must be an array'],
    [{ negatable: 'yes' }, 'families.8.negatable must be a boolean'],
    [{ colour: 'red' }, 'families.8.colour should not exist'],
    [{ id: 'taboo.blunt' }, 'families.8.id "taboo.blunt" is used twice'],
  ])('refuses %j naming the field', (over, message) => {
    const problems = phraseListProblems(withFamily(over));
    expect(problems.join('\n')).toContain(message);
    expect(() => parsePhraseList(withFamily(over))).toThrow(PhraseListError);
  });

  it('refuses a list without greeting, polite address or closing families', () => {
    expect(phraseListProblems({ families: [family()] })).toEqual([
      'families must include at least one "greeting" family',
      'families must include at least one "polite_address" family',
      'families must include at least one "closing" family',
    ]);
    expect(phraseListProblems([])).toEqual(['phrases must be an object with families']);
    expect(phraseListProblems({ families: [], extra: 1 })).toEqual(['extra should not exist']);
  });
});
