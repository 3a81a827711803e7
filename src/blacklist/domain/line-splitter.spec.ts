import { CsvFormatError, LineSplitter } from './line-splitter.js';

function split(chunks: string[], maxLineChars = 1000): [string, string][] {
  const lines: [string, string][] = [];
  const splitter = new LineSplitter((content, eol) => lines.push([content, eol]), maxLineChars);
  for (const chunk of chunks) splitter.push(chunk);
  splitter.end();
  return lines;
}

describe('LineSplitter', () => {
  it.each([
    [
      'LF',
      'a\nb\n',
      [
        ['a', '\n'],
        ['b', '\n'],
      ],
    ],
    [
      'CRLF',
      'a\r\nb\r\n',
      [
        ['a', '\r\n'],
        ['b', '\r\n'],
      ],
    ],
    [
      'bare CR (old Mac)',
      'a\rb\r',
      [
        ['a', '\r'],
        ['b', '\r'],
      ],
    ],
    [
      'mixed',
      'a\r\nb\rc\nd',
      [
        ['a', '\r\n'],
        ['b', '\r'],
        ['c', '\n'],
        ['d', ''],
      ],
    ],
    [
      'blank lines',
      '\n\r\n\r',
      [
        ['', '\n'],
        ['', '\r\n'],
        ['', '\r'],
      ],
    ],
  ])('splits %s endings', (_name, text, expected) => {
    expect(split([text])).toEqual(expected);
  });

  it('joins a CRLF split across chunks', () => {
    expect(split(['a\r', '\nb\r', '\n'])).toEqual([
      ['a', '\r\n'],
      ['b', '\r\n'],
    ]);
  });

  it('gives the same lines for every chunking', () => {
    const text = 'id,phone\r\n1,2\r3,4\n\r\n5,6\r';
    const whole = split([text]);
    for (let size = 1; size <= 4; size++) {
      const chunks = text.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g'))!;
      expect(split(chunks)).toEqual(whole);
    }
  });

  it('refuses a line longer than the limit rather than buffering without bound', () => {
    expect(() => split(['x'.repeat(50)], 10)).toThrow(CsvFormatError);
  });
});
