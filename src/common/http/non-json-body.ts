import { ApiResponse } from '@nestjs/swagger';

/** Bodies that are not JSON: a CSV or HTML text, or audio bytes. */
export const TEXT = { type: 'string' } as const;
export const BINARY = { type: 'string', format: 'binary' } as const;

/** Documents a 2xx body of one or more non-JSON media types. */
export function ApiNonJsonResponse(
  status: number,
  description: string,
  media: Record<string, typeof TEXT | typeof BINARY>,
): MethodDecorator {
  return ApiResponse({
    status,
    description,
    content: Object.fromEntries(Object.entries(media).map(([type, schema]) => [type, { schema }])),
  });
}
