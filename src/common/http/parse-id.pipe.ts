import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { MAX_ID } from '../validation/row-id.js';
import { validationFailed } from './error-body.js';

/** Route ids are positive integers up to MAX_ID; anything else is a 400 naming the parameter. */
@Injectable()
export class ParseIdPipe implements PipeTransform<unknown, number> {
  transform(value: unknown, metadata: ArgumentMetadata): number {
    // Strict decimal only: a non-string means something upstream converted it.
    if (typeof value !== 'string' || !/^[1-9]\d{0,9}$/.test(value) || Number(value) > MAX_ID) {
      throw validationFailed(
        `${metadata.data ?? 'id'} must be a positive integer up to ${MAX_ID}, got "${String(value).slice(0, 40)}"`,
      );
    }
    return Number(value);
  }
}
