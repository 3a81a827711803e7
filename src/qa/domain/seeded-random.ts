import { randomBytes } from 'node:crypto';

/**
 * A seeded PRNG for sampling draws that an auditor can re-run anywhere: cyrb128
 * turns the seed text into 128 bits, sfc32 (from PractRand) expands them. Both
 * are the public-domain versions published by bryc (github.com/bryc/code,
 * jshash/PRNGs.md) and use only 32-bit integer operations, so the stream is the
 * same on every platform and Node version. Not for secrets; seeds come from
 * `newSeed()` and are stored on the run.
 */
export interface Rng {
  /** Uniform integer in [0, 2^32). */
  nextUint32(): number;
  /** Uniform integer in [0, n), without modulo bias. */
  nextInt(n: number): number;
}

export function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
}

const TWO_32 = 2 ** 32;

export function createRng(seed: string): Rng {
  if (typeof seed !== 'string' || seed.length === 0) throw new RangeError('A draw needs a seed');
  const next = sfc32(...cyrb128(seed));
  return {
    nextUint32: next,
    nextInt(n: number): number {
      if (!(n >= 1 && n <= TWO_32 && n % 1 === 0)) {
        throw new RangeError(`nextInt needs an integer in [1, 2^32], got ${n}`);
      }
      // Reject the top sliver that would make small values more likely than large ones.
      const limit = TWO_32 - (TWO_32 % n);
      let x = next();
      while (x >= limit) x = next();
      return x % n;
    },
  };
}

/** 128 random bits as hex: what a new sampling run stores as its seed. */
export function newSeed(): string {
  return randomBytes(16).toString('hex');
}
