import { Readable } from 'node:stream';
import {
  maskPhoneFields,
  PHONE_VISIBILITY,
  phonesForViewer,
  REVEAL_ROLES,
  seesFullPhones,
} from './phone-visibility.js';
import { phoneMaskingStream } from './phone-masking-stream.js';
import { ROLES } from './roles.js';

const MOBILE = /1[3-9]\d{9}/;

describe('PHONE_VISIBILITY', () => {
  it('has one rule for every role, each with a reason', () => {
    expect(Object.keys(PHONE_VISIBILITY).sort()).toEqual([...ROLES].sort());
    for (const role of ROLES) expect(PHONE_VISIBILITY[role].why.length).toBeGreaterThan(10);
  });

  it('shows full numbers to the roles that dial, and only to them', () => {
    expect(ROLES.filter(seesFullPhones).sort()).toEqual(['agent', 'campaign_manager']);
  });

  it('lets every masked role reveal, and no full role (it has nothing to reveal)', () => {
    expect([...REVEAL_ROLES].sort()).toEqual(['admin', 'auditor', 'inspector', 'supervisor']);
  });
});

describe('maskPhoneFields', () => {
  const body = {
    items: [
      { id: 1, phone: '13800138000', agentCode: 'A1', note: 'kept' },
      { id: 2, phone: '+86 139-1234-5678', nested: { phone: '+861012345678' } },
    ],
    total: 2,
    at: new Date('2026-12-01T00:00:00Z'),
  };

  it('masks every phone field at any depth and leaves the rest alone', () => {
    const masked = maskPhoneFields(body);
    expect(masked.items[0]).toEqual({ id: 1, phone: '138****8000', agentCode: 'A1', note: 'kept' });
    expect(masked.items[1].phone).toBe('139****5678');
    expect(masked.items[1].nested).toEqual({ phone: '+861*****5678' });
    expect(masked.total).toBe(2);
    expect(masked.at).toBe(body.at);
    expect(JSON.stringify(masked)).not.toMatch(MOBILE);
  });

  it('masks numbers said in free text (transcript, description, notes) but not hashes or codes', () => {
    const call = {
      transcript: [{ speaker: 'customer', text: '打我另一个号 139 1234 5678 吧' }],
      description: '客户留的号码是１３８００１３８０００，请回电',
      sha256: 'ab13800138000cd',
      externalId: 'X-13800138000',
    };
    expect(maskPhoneFields(call)).toEqual({
      transcript: [{ speaker: 'customer', text: '打我另一个号 139****5678 吧' }],
      description: '客户留的号码是138****8000，请回电',
      sha256: 'ab13800138000cd',
      externalId: 'X-13800138000',
    });
  });

  it('does not change the body it was given', () => {
    maskPhoneFields(body);
    expect(body.items[0].phone).toBe('13800138000');
  });

  it('walks class instances (an entity returned as it is) but not streams or dates', () => {
    class Row {
      phone = '13800138000';
    }
    expect(maskPhoneFields({ row: new Row() }).row.phone).toBe('138****8000');
    const stream = Readable.from(['13800138000']);
    expect(maskPhoneFields(stream)).toBe(stream);
  });

  it('passes strings, numbers, null and a phone field that is not a string through', () => {
    expect(maskPhoneFields('13800138000')).toBe('13800138000');
    expect(maskPhoneFields(null)).toBeNull();
    expect(maskPhoneFields({ phone: null })).toEqual({ phone: null });
  });
});

describe('phonesForViewer', () => {
  it('masks for an inspector and not for an agent', () => {
    expect(phonesForViewer('inspector', { phone: '13800138000' })).toEqual({
      phone: '138****8000',
    });
    expect(phonesForViewer('agent', { phone: '13800138000' })).toEqual({ phone: '13800138000' });
  });
});

describe('phoneMaskingStream', () => {
  it('masks mobiles in every line, also when a number is split across chunks', async () => {
    const out: string[] = [];
    const chunks = ['line,value,reason\n2,1380013', '8000,blacklisted\n3,+86 139 1234 5678,dup'];
    for await (const c of Readable.from(chunks).pipe(phoneMaskingStream())) out.push(String(c));
    expect(out.join('')).toBe('line,value,reason\n2,138****8000,blacklisted\n3,139****5678,dup');
  });
});
