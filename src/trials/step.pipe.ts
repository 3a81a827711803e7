import { Injectable, PipeTransform } from '@nestjs/common';
import { validationFailed } from '../common/http/error-body.js';
import type { StepNumber } from './domain/index.js';

/** The confirmation step in a route: 1 or 2, anything else a 400 naming `step`. */
@Injectable()
export class ParseStepPipe implements PipeTransform<unknown, StepNumber> {
  transform(value: unknown): StepNumber {
    if (value !== '1' && value !== '2') {
      throw validationFailed(`step must be 1 or 2, got "${String(value).slice(0, 20)}"`);
    }
    return Number(value) as StepNumber;
  }
}
