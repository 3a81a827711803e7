import { MAX_JSON_DEPTH, nestsDeeperThan, parseClientJson } from './json-depth.js';

describe('nestsDeeperThan', () => {
  const nested = (n: number) => '['.repeat(n) + ']'.repeat(n);

  it('counts arrays and objects, as text and as bytes alike', () => {
    for (const json of [nested(MAX_JSON_DEPTH), '{"a":{"b":[1,{"c":2}]}}']) {
      expect(nestsDeeperThan(json)).toBe(false);
      expect(nestsDeeperThan(Buffer.from(json))).toBe(false);
    }
    expect(nestsDeeperThan(nested(MAX_JSON_DEPTH + 1))).toBe(true);
    expect(nestsDeeperThan(Buffer.from(nested(MAX_JSON_DEPTH + 1)))).toBe(true);
    expect(nestsDeeperThan('{"a":{"b":{}}}', 2)).toBe(true);
  });

  it('ignores brackets inside strings, escaped quotes and non-ASCII text included', () => {
    const inString = JSON.stringify({ t: `说"${'['.repeat(100)}\\"😀{{{` });
    expect(nestsDeeperThan(inString, 1)).toBe(false);
    expect(nestsDeeperThan(Buffer.from(inString), 1)).toBe(false);
    expect(nestsDeeperThan('["\\\\", [[]]]', 2)).toBe(true);
  });

  it('refuses an over-deep line before parsing it', () => {
    expect(() => parseClientJson(nested(200_000))).toThrow(/deeper than/);
    expect(parseClientJson('{"a":[1]}')).toEqual({ a: [1] });
  });
});
