import { maskPhone, normalizePhone } from './normalize-phone.js';

describe('normalizePhone', () => {
  it.each([
    ['13800138000'],
    ['１３８００１３８０００'],
    ['＋８６　１３８－００１３－８０００'],
    ['+86 138 0013 8000'],
    ['+8613800138000'],
    ['0086-13800138000'],
    ['0086 138 0013 8000'],
    ['(+86)13800138000'],
    ['(+86) 138-0013-8000'],
    ['８６１３８００１３８０００'],
    ['8613800138000'],
    ['86-138-0013-8000'],
    ['138-0013-8000'],
    ['138 0013 8000'],
    ['138.0013.8000'],
    ['(138)00138000'],
    ['  13800138000\t'],
    ['"13800138000"'],
    ["'13800138000'"],
    ['“138 0013 8000”'],
    ['\uFEFF13800138000'],
    ['013800138000'],
    ['+86 (0) 138 0013 8000'],
    ['17951 13800138000'],
    ['12593-13800138000'],
    ['+86 138 0013 8000 ext. 12'],
  ])('reads %j as the mobile 13800138000', (raw) => {
    expect(normalizePhone(raw)).toBe('13800138000');
  });

  it('returns a plain mobile string itself (fast path)', () => {
    const raw = '19912345678';
    expect(normalizePhone(raw)).toBe(raw);
  });

  it('keeps 179… numbers as mobiles in every spelling', () => {
    expect(normalizePhone('17912345678')).toBe('17912345678');
    expect(normalizePhone('+86 179 1234 5678')).toBe('17912345678');
    expect(normalizePhone('179-1234-5678')).toBe('17912345678');
  });

  it.each([
    ['010-12345678', '+861012345678'],
    ['(010) 1234 5678', '+861012345678'],
    ['+86 10 1234 5678', '+861012345678'],
    ['0755-12345678', '+8675512345678'],
    ['021 6123 4567', '+862161234567'],
    ['400-800-1234', '+864008001234'],
  ])('reads mainland landline %j as %s', (raw, expected) => {
    expect(normalizePhone(raw)).toBe(expected);
  });

  it.each([
    ['+852 9123 4567', '+85291234567'],
    ['00852-9123-4567', '+85291234567'],
    ['+1 (415) 555-0123', '+14155550123'],
    ['+44 20 7946 0958', '+442079460958'],
    ['＋８５２ ９１２３ ４５６７', '+85291234567'],
  ])('reads foreign %j as %s', (raw, expected) => {
    expect(normalizePhone(raw)).toBe(expected);
  });

  it.each([
    [''],
    ['   '],
    ['abc'],
    ['12345'],
    ['1380013800'],
    ['138001380001'],
    ['12800138000'],
    ['+13800138000'],
    ['85291234567'],
    ['+852 1234'],
    ['13800138000'.repeat(7)],
  ])('rejects %j', (raw) => {
    expect(normalizePhone(raw)).toBeNull();
  });

  it('rejects non-strings from untyped callers', () => {
    expect(normalizePhone(undefined as unknown as string)).toBeNull();
    expect(normalizePhone(13800138000 as unknown as string)).toBeNull();
  });
});

describe('maskPhone', () => {
  it('masks a mobile the same way whatever its spelling', () => {
    expect(maskPhone('13800138000')).toBe('138****8000');
    expect(maskPhone('+86 138-0013-8000')).toBe('138****8000');
    expect(maskPhone('１３８００１３８０００')).toBe('138****8000');
  });

  it('masks E.164 numbers behind the plus', () => {
    expect(maskPhone('+852 9123 4567')).toBe('+852****4567');
  });

  it('masks the raw digits of invalid input and hides short ones entirely', () => {
    expect(maskPhone('12-3456-7890-12')).toBe('123*****9012');
    expect(maskPhone('12345')).toBe('*****');
    expect(maskPhone('')).toBe('');
  });
});
