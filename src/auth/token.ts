import { createHash, randomBytes } from 'node:crypto';

const PREFIX = 'qat_';

/** An API token for machine clients: 192 random bits, shown once. */
export function generateToken(): string {
  return PREFIX + randomBytes(24).toString('base64url');
}

/** A console session id: 256 random bits, only ever in the httpOnly cookie. */
export function generateSessionId(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens and session ids are long random strings, so a fast hash is safe to store. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
