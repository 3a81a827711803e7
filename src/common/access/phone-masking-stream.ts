import { Transform, type Writable } from 'node:stream';
import { maskPhonesInText } from '../logging/mask-phones.js';
import type { Principal } from './principal.js';
import { seesFullPhones } from './phone-visibility.js';

/**
 * Masks every mainland mobile, in any spelling, in a text stream a line at a
 * time (a number never straddles a chunk boundary that way). For stored CSV
 * files whose phone column is whatever the uploader typed.
 */
export function phoneMaskingStream(): Transform {
  let tail = '';
  return new Transform({
    transform(chunk: Buffer | string, _enc, done) {
      const text = tail + chunk.toString();
      const cut = text.lastIndexOf('\n') + 1;
      tail = text.slice(cut);
      done(null, cut > 0 ? maskPhonesInText(text.slice(0, cut)) : undefined);
    },
    flush(done) {
      done(null, tail ? maskPhonesInText(tail) : undefined);
    },
  });
}

/**
 * Where a CSV for `viewer` should be written: the response itself for a role
 * that sees full numbers, else a masking stream piped into it. Ending the
 * returned stream ends the response; a client that goes away stops it.
 */
export function csvSinkFor(viewer: Principal, res: Writable): Writable {
  if (seesFullPhones(viewer.role)) return res;
  const masking = phoneMaskingStream();
  masking.pipe(res);
  res.once('close', () => masking.destroy());
  return masking;
}
