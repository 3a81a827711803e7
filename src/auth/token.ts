import { createHash, randomBytes } from 'node:crypto';

const PREFIX = 'qat_';

export function generateToken(): string {
  return PREFIX + randomBytes(24).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
