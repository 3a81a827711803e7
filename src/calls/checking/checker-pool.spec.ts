import { evaluateCall } from '../../compliance/index.js';
import { devCases, toInput } from '../../compliance/test-support/dev-cases.js';
import type { AppConfig } from '../../config/app-config.js';
import { CheckerPool } from './checker-pool.js';

const poolWith = (checkerThreads: number) => new CheckerPool({ checkerThreads } as AppConfig);

describe('CheckerPool', () => {
  const inputs = devCases.map(toInput);
  const expected = inputs.map(evaluateCall);

  it.each([0, 1, 2])(
    'gives the same verdicts, in input order, with %i worker threads',
    async (threads) => {
      const pool = poolWith(threads);
      try {
        expect(await pool.checkAll(inputs)).toEqual(expected);
        expect(await pool.checkAll([])).toEqual([]);
      } finally {
        await pool.onModuleDestroy();
      }
    },
  );

  it('rejects when a worker fails, and keeps serving', async () => {
    const pool = poolWith(1);
    try {
      const broken = { ...inputs[0], product: null } as unknown as (typeof inputs)[0];
      await expect(pool.checkAll([inputs[0], broken])).rejects.toThrow();
      expect(await pool.checkAll(inputs.slice(0, 3))).toEqual(expected.slice(0, 3));
    } finally {
      await pool.onModuleDestroy();
    }
  });
});
