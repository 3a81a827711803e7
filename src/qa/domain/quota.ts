/**
 * 每天必须抽查所有有效录音的10% · 每星期必须抽查所有有效录音的5%.
 *
 * The quota is ceil(rate × population): a share that is always met (never
 * rounded down to zero for a small day), not a per-call coin toss. The rate is
 * turned into whole parts per million first so the arithmetic is exact integer
 * maths: 0.07 × 100 is 7.000000000000001 in floating point, and a naïve ceil would
 * sample one too many.
 */
import { DomainError } from '../../common/errors.js';

/** The rates the domain asks for: the daily and weekly rows' first values (the QA migration). */
export const SAMPLING_RATES = { daily: 0.1, weekly: 0.05 } as const;

const PPM = 1_000_000;

/** A rate a supervisor may have typed into a plan: a 400 once it reaches the API. */
export class SamplingRateError extends DomainError {
  constructor(message: string) {
    super('invalid', 'INVALID_SAMPLING_RATE', message);
  }
}

export function rateToPpm(rate: number): number {
  if (!Number.isFinite(rate) || rate < 0 || rate > 1) {
    throw new SamplingRateError(`A sampling rate is a fraction in [0, 1], got ${rate}`);
  }
  const ppm = Math.round(rate * PPM);
  if (Math.abs(rate * PPM - ppm) > 1e-6) {
    throw new SamplingRateError(
      `A sampling rate must be a whole number of parts per million: ${rate}`,
    );
  }
  return ppm;
}

export function samplingQuota(rate: number, populationSize: number): number {
  if (!Number.isSafeInteger(populationSize) || populationSize < 0) {
    throw new RangeError(`Population size must be a non-negative integer, got ${populationSize}`);
  }
  const ppm = rateToPpm(rate);
  return Math.floor((ppm * populationSize + PPM - 1) / PPM);
}
