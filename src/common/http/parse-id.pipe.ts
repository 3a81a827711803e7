import { ArgumentMetadata, BadRequestException, Injectable, PipeTransform } from '@nestjs/common';

/** Route ids are positive integers; anything else is a 400 naming the parameter. */
@Injectable()
export class ParseIdPipe implements PipeTransform<unknown, number> {
  transform(value: unknown, metadata: ArgumentMetadata): number {
    // Strict decimal only: a non-string means something upstream converted it.
    if (typeof value !== 'string' || !/^[1-9]\d{0,14}$/.test(value)) {
      throw new BadRequestException(
        `${metadata.data ?? 'id'} must be a positive integer, got "${String(value).slice(0, 40)}"`,
      );
    }
    return Number(value);
  }
}
