import { endsInsideQuotes, fieldSpan, unquoteField } from './csv-quoting.js';

describe('endsInsideQuotes', () => {
  it.each([
    ['a,b,c', false, false],
    ['a,"b,c",d', false, false],
    ['a,"b', false, true],
    ['still inside', true, true],
    ['end of it",x', true, false],
    ['a ""quote"" inside', true, true],
    ['"escaped "" quote",x', false, false],
    ['ab"c,d', false, false],
    ['"closed"\r', false, false],
    ['', false, false],
    ['', true, true],
  ])('%j (open before: %p) → %p', (line, open, expected) => {
    expect(endsInsideQuotes(line, open)).toBe(expected);
  });
});

describe('fieldSpan', () => {
  const record = 'a,"b,c",,"x""y"';
  it.each([
    [0, 'a'],
    [1, '"b,c"'],
    [2, ''],
    [3, '"x""y"'],
  ])('finds field %i as %j', (col, raw) => {
    const span = fieldSpan(record, col)!;
    expect(record.slice(span[0], span[1])).toBe(raw);
  });

  it('returns null past the last field', () => {
    expect(fieldSpan(record, 4)).toBeNull();
  });

  it('spans a quoted field with a line break', () => {
    const span = fieldSpan('1,"a\r\nb",2', 1)!;
    expect(span).toEqual([2, 8]);
  });
});

describe('unquoteField', () => {
  it.each([
    ['plain', 'plain'],
    ['"quoted"', 'quoted'],
    ['"with ""escapes"""', 'with "escapes"'],
    ['"a"b', '"a"b'],
    [' "spaced" ', ' "spaced" '],
  ])('%j → %j', (raw, value) => {
    expect(unquoteField(raw)).toBe(value);
  });
});
