import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { maskPhonesDeep, maskPhonesInText } from './mask-phones.js';

describe('maskPhonesInText', () => {
  it.each([
    ['call 13800138000 now', 'call 138****8000 now'],
    ['+86 138 0013 8000', '138****8000'],
    ['0086-138-0013-8000', '138****8000'],
    ['/api/blacklist?phone=%2B8613800138000', '/api/blacklist?phone=138****8000'],
    ['/api/blacklist?phone=%2B86%20135%201234%205678', '/api/blacklist?phone=135****5678'],
    ['/api/blacklist?phone=+86+135+1234+5678', '/api/blacklist?phone=135****5678'],
    ['135.1234.5678', '135****5678'],
    ['１３５１２３４５６７８', '135****5678'],
    [
      '%EF%BC%91%EF%BC%93%EF%BC%95%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96%EF%BC%97%EF%BC%98',
      '135****5678',
    ],
    ['DELETE /api/blacklist/%2B86-135-1234-5678', 'DELETE /api/blacklist/135****5678'],
    ['(+86) 0135 1234 5678', '(135****5678'],
    ['1 3 5 1 2 3 4 5 6 7 8', '135****5678'],
  ])('masks %s', (input, expected) => {
    expect(maskPhonesInText(input)).toBe(expected);
  });

  it('leaves ids and longer digit runs alone', () => {
    expect(maskPhonesInText('order 1380013800012345')).toBe('order 1380013800012345');
    expect(maskPhonesInText('id 42')).toBe('id 42');
    expect(maskPhonesInText('at 1764500000000')).toBe('at 1764500000000');
  });

  it('masks nested objects', () => {
    expect(maskPhonesDeep({ req: { url: '/x?phone=13912345678' }, n: 1 })).toEqual({
      req: { url: '/x?phone=139****5678' },
      n: 1,
    });
  });

  it("masks an error's message, stack and own fields such as a query's parameters", () => {
    const err = Object.assign(new Error('insert failed for 13912345678'), {
      query: 'INSERT INTO complaint (phone) VALUES ($1)',
      parameters: ['+86 139 1234 5678', '\u0000'],
    });
    const masked = JSON.stringify(maskPhonesDeep({ err }));
    expect(masked).not.toMatch(/1234\s?5678|12345678/);
    expect(masked).toContain('139****5678');
    expect(masked).toContain('"type":"Error"');
  });

  it('never logs a value nested past its depth limit raw', () => {
    let deep: unknown = '13912345678';
    for (let i = 0; i < 20; i++) deep = { d: deep };
    expect(JSON.stringify(maskPhonesDeep(deep))).not.toContain('13912345678');
  });
});

describe('maskPhonesDeep and pino-http', () => {
  it('passes a ServerResponse through, so the res serializer still sees headersSent', () => {
    const res = new ServerResponse(new IncomingMessage(new Socket()));
    res.statusCode = 404;
    const masked = maskPhonesDeep({ res }) as { res: ServerResponse };
    expect(masked.res).toBe(res);
    expect(masked.res.statusCode).toBe(404);
  });
});
