import fc from 'fast-check';

/**
 * fast-check arbitraries for the many ways one mainland mobile gets written,
 * composed from prefix, digit-group separator, digit width and padding.
 */
export const mobileNumber = fc.stringMatching(/^1[3-9]\d{9}$/);

const PREFIXES = [
  '',
  '',
  '+86',
  '+86 ',
  '+86-',
  '0086',
  '0086-',
  '0086 ',
  '(+86)',
  '(+86) ',
  '86',
  '86-',
  '＋８６ ',
  '（+86）',
];
const SEPARATORS = ['', ' ', '-', '.', '　', '－', ' - '];
const PADDING = ['', ' ', '\t', '  ', '　'];

export interface Spelling {
  prefix: string;
  separator: string;
  fullWidth: boolean;
  padding: string;
}

export const spelling: fc.Arbitrary<Spelling> = fc.record({
  prefix: fc.constantFrom(...PREFIXES),
  separator: fc.constantFrom(...SEPARATORS),
  fullWidth: fc.boolean(),
  padding: fc.constantFrom(...PADDING),
});

export function spell(mobile: string, s: Spelling): string {
  const digits = s.fullWidth
    ? [...mobile].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join('')
    : mobile;
  const grouped = [digits.slice(0, 3), digits.slice(3, 7), digits.slice(7)].join(s.separator);
  return `${s.padding}${s.prefix}${grouped}${s.padding}`;
}

/** Free text for the other columns, including CSV's troublesome characters. */
export const note = fc.string({
  unit: fc.constantFrom('a', 'Z', '7', ' ', ',', '"', '\n', '\r\n', '张', 'é', '；'),
  maxLength: 12,
});

/** Writes a CSV field, quoting when needed (or always, when asked). */
export function csvField(value: string, forceQuotes = false): string {
  return forceQuotes || /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
