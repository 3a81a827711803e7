import { DEFAULT_PHRASE_LIST, checkCall, evaluateCall } from '../../compliance/index.js';
import { devCases, toInput } from '../../compliance/test-support/dev-cases.js';
import type { AppConfig } from '../../config/app-config.js';
import { CheckerPool } from './checker-pool.js';

const poolWith = (checkerThreads: number) => new CheckerPool({ checkerThreads } as AppConfig);

describe('CheckerPool', () => {
  const inputs = devCases.map(toInput);
  const phrases = DEFAULT_PHRASE_LIST;
  const expected = inputs.map((input) => checkCall(input, phrases));

  it('adds the service language and leaves the four standards as evaluateCall gives them', () => {
    expect(expected.map(({ serviceLanguage: _s, ...verdict }) => verdict)).toEqual(
      inputs.map(evaluateCall),
    );
    expect(expected.every((c) => typeof c.serviceLanguage?.score === 'number')).toBe(true);
  });

  it.each([0, 1, 2])(
    'gives the same verdicts, in input order, with %i worker threads',
    async (threads) => {
      const pool = poolWith(threads);
      try {
        expect(await pool.checkAll(inputs, phrases)).toEqual(expected);
        expect(await pool.checkAll([], phrases)).toEqual([]);
      } finally {
        await pool.onModuleDestroy();
      }
    },
  );

  it('rejects when a worker fails, and keeps serving', async () => {
    const pool = poolWith(1);
    try {
      const broken = { ...inputs[0], product: null } as unknown as (typeof inputs)[0];
      await expect(pool.checkAll([inputs[0], broken], phrases)).rejects.toThrow();
      expect(await pool.checkAll(inputs.slice(0, 3), phrases)).toEqual(expected.slice(0, 3));
    } finally {
      await pool.onModuleDestroy();
    }
  });
});
