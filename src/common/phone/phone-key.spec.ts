import fc from 'fast-check';
import { normalizePhone } from './normalize-phone.js';
import { E164_KEY_OFFSET, phoneFromKey, phoneKey } from './phone-key.js';

describe('phoneKey', () => {
  it('uses the number itself for mobiles and an offset for E.164', () => {
    expect(phoneKey('13800138000')).toBe(13800138000);
    expect(phoneKey('+85291234567')).toBe(E164_KEY_OFFSET + 85291234567);
  });

  it('does not collide between a mobile and a +1 number with the same digits', () => {
    expect(phoneKey('+14155550123')).not.toBe(phoneKey('14155550123'));
  });

  it('gives a mobile written in E.164 the mobile key', () => {
    expect(phoneKey('+8613800138000')).toBe(13800138000);
  });

  it('round-trips through phoneFromKey', () => {
    for (const phone of ['13800138000', '+861012345678', '+442079460958']) {
      expect(phoneFromKey(phoneKey(phone))).toBe(phone);
    }
  });

  it.each([['138 0013 8000'], ['12800138000'], ['+0123'], ['+'], [''], ['+1234567890123456']])(
    'refuses the non-normalised %j',
    (value) => {
      expect(() => phoneKey(value)).toThrow(RangeError);
    },
  );

  it('keeps all keys below 2^53 and distinct for distinct normalised numbers', () => {
    const mobile = fc.stringMatching(/^1[3-9]\d{9}$/);
    const e164 = fc.stringMatching(/^\+[1-9]\d{6,14}$/);
    fc.assert(
      fc.property(fc.oneof(mobile, e164), fc.oneof(mobile, e164), (a, b) => {
        const ka = phoneKey(a);
        expect(Number.isSafeInteger(ka)).toBe(true);
        const sameNumber = a === b || normalizePhone(a) === normalizePhone(b);
        if (!sameNumber && !a.startsWith('+861') && !b.startsWith('+861')) {
          expect(ka).not.toBe(phoneKey(b));
        }
      }),
    );
  });
});
