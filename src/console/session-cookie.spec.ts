import type { Request } from 'express';
import { csrfViolation } from './csrf.middleware.js';
import { safeNext } from './session-cookie.js';

const req = (method: string, headers: Record<string, string>, url = '/api/blacklist') =>
  ({ method, headers, originalUrl: url }) as unknown as Request;

describe('csrfViolation', () => {
  const cookie = { cookie: 'a=1; qa_session=qat_x' };

  it('refuses a cookie-authenticated change without the console header', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'])
      expect(csrfViolation(req(method, cookie))).toBe(true);
    expect(csrfViolation(req('POST', { ...cookie, 'x-requested-with': 'XMLHttpRequest' }))).toBe(
      true,
    );
  });

  it('lets through reads, the console itself, bearer clients and cookie-less requests', () => {
    expect(csrfViolation(req('GET', cookie))).toBe(false);
    expect(csrfViolation(req('HEAD', cookie))).toBe(false);
    expect(csrfViolation(req('POST', { ...cookie, 'x-requested-with': 'qa-console' }))).toBe(false);
    expect(csrfViolation(req('POST', { ...cookie, authorization: 'Bearer qat_y' }))).toBe(false);
    expect(csrfViolation(req('POST', {}))).toBe(false);
  });

  it('falls back to the cookie check when the bearer header is malformed, as the guard does', () => {
    expect(csrfViolation(req('POST', { ...cookie, authorization: 'Bearer' }))).toBe(true);
    expect(csrfViolation(req('POST', { ...cookie, authorization: 'Basic abc' }))).toBe(true);
  });

  it('always wants the header on sign-in, so no other site can sign a browser in', () => {
    expect(csrfViolation(req('POST', {}, '/console/session'))).toBe(true);
    expect(csrfViolation(req('POST', {}, '/console/session?x=1'))).toBe(true);
  });
});

describe('safeNext', () => {
  it('keeps console and report pages', () => {
    for (const p of [
      '/console',
      '/console/review/4',
      '/console/overturn?callId=3',
      '/reports/weekly/2026-W47',
    ])
      expect(safeNext(p)).toBe(p);
  });

  it('drops anything that could leave the site or is not a page', () => {
    for (const p of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example/console',
      '/api/users',
      '/consoles',
      '/console/\tx',
      42,
      undefined,
    ])
      expect(safeNext(p)).toBeNull();
  });
});
