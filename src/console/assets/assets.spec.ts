import { Script } from 'node:vm';
import { ASSETS } from './index.js';

describe('console assets', () => {
  // The scripts live in TypeScript strings, out of reach of tsc and eslint: at least parse them.
  it.each([...ASSETS].filter(([name]) => name.endsWith('.js')))(
    '%s is valid JavaScript',
    (_, a) => {
      expect(() => new Script(a.body)).not.toThrow();
    },
  );

  it('never uses template literals, which would break out of the TypeScript string', () => {
    for (const [, a] of ASSETS) expect(a.body).not.toMatch(/`|\$\{/);
  });

  it('serves the stylesheet and one script per page', () => {
    expect([...ASSETS.keys()]).toEqual(
      expect.arrayContaining([
        'console.css',
        'console.js',
        'login.js',
        'review.js',
        'dial-lists.js',
      ]),
    );
    expect(ASSETS.get('console.css')!.contentType).toMatch(/^text\/css/);
  });
});
