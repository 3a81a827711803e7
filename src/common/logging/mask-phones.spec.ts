import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { maskPhonesDeep, maskPhonesInText } from './mask-phones.js';

describe('maskPhonesInText', () => {
  it.each([
    ['call 13800138000 now', 'call 138****8000 now'],
    ['+86 138 0013 8000', '138****8000'],
    ['0086-138-0013-8000', '138****8000'],
    ['/api/blacklist?phone=%2B8613800138000', '/api/blacklist?phone=138****8000'],
  ])('masks %s', (input, expected) => {
    expect(maskPhonesInText(input)).toBe(expected);
  });

  it('leaves ids and longer digit runs alone', () => {
    expect(maskPhonesInText('order 1380013800012345')).toBe('order 1380013800012345');
    expect(maskPhonesInText('id 42')).toBe('id 42');
  });

  it('masks nested objects', () => {
    expect(maskPhonesDeep({ req: { url: '/x?phone=13912345678' }, n: 1 })).toEqual({
      req: { url: '/x?phone=139****5678' },
      n: 1,
    });
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
