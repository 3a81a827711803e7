import { applyDecorators } from '@nestjs/common';
import { IsInt, Max, Min } from 'class-validator';

/**
 * The largest id an integer column holds on PostgreSQL (int4). SQLite would
 * take more, but a larger id exists on neither, and PostgreSQL answered one
 * with an overflow error (a 500) instead of "not found".
 */
export const MAX_ID = 2_147_483_647;

/** A row id in a body or query: a positive integer up to MAX_ID, named in every message. */
export function IsRowId(field: string): PropertyDecorator {
  return applyDecorators(
    IsInt({ message: `${field} must be an integer` }),
    Min(1, { message: `${field} must be a positive integer` }),
    Max(MAX_ID, { message: `${field} must be at most ${MAX_ID}` }),
  );
}
