import { safeNext } from './session-cookie.js';

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
