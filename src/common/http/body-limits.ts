import type { NextFunction, Request, Response } from 'express';
import { Transform, type Readable } from 'node:stream';
import { DomainError } from '../errors.js';

export class PayloadTooLargeError extends DomainError {
  constructor(what: string, setting: string, limit: number) {
    super('too_large', 'PAYLOAD_TOO_LARGE', `${what} exceeds ${setting} (${limit} bytes)`);
  }
}

export const UPLOAD_SETTING = 'UPLOAD_LIMIT_BYTES';

/**
 * Refuses any body whose declared length is over the upload limit before a
 * byte is read (JSON bodies have their own, smaller limit in express.json).
 */
export function declaredLengthLimit(limit: number) {
  return (req: Request, _res: Response, next: NextFunction) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit)
      return next(new PayloadTooLargeError('request body', UPLOAD_SETTING, limit));
    next();
  };
}

/** A raw (NDJSON or CSV) body as a stream that fails once more than `limit` bytes arrive chunked. */
export function limitedBody(req: Readable, limit: number): Readable {
  let seen = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      if (seen > limit) done(new PayloadTooLargeError('request body', UPLOAD_SETTING, limit));
      else done(null, chunk);
    },
  });
  req.on('error', (err) => counter.destroy(err));
  return req.pipe(counter);
}

/** Multer limits for every multipart upload: the same limit per file and on form fields. */
export function multerLimits(uploadLimitBytes: number, fieldBytes: number) {
  return { fileSize: uploadLimitBytes, fieldSize: fieldBytes, fields: 100, parts: 100_100 };
}
