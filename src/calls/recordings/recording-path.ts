import { extname, isAbsolute, normalize, sep } from 'node:path';

export class RecordingPathError extends Error {}

/**
 * A recording path as stored: relative to RECORDINGS_DIR, forward slashes, no
 * `..` segment, no absolute or drive path. Symbolic links leaving the root are
 * caught again when the file is opened (see RecordingStore).
 */
export function cleanRecordingPath(raw: string): string {
  const unified = raw.trim().replace(/\\/g, '/');
  if (
    unified === '' ||
    isAbsolute(unified) ||
    /^[A-Za-z]:/.test(unified) ||
    unified.startsWith('/')
  ) {
    throw new RecordingPathError('recordingFile must be a path relative to RECORDINGS_DIR');
  }
  if (unified.split('/').some((part) => part === '..')) {
    throw new RecordingPathError('recordingFile must not contain ".." segments');
  }
  if (unified.includes('\0')) throw new RecordingPathError('recordingFile contains a NUL byte');
  return normalize(unified).split(sep).join('/');
}

const AUDIO_TYPES: Record<string, string> = {
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.m4a': 'audio/mp4',
  '.aac': 'audio/aac',
  '.amr': 'audio/amr',
  '.flac': 'audio/flac',
};

/** Every type a recording may be served as: the audio types, and bytes of any other file. */
export const SERVED_RECORDING_TYPES = [
  ...new Set(Object.values(AUDIO_TYPES)),
  'application/octet-stream',
] as const;

export function audioContentType(path: string): string {
  return AUDIO_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export function extensionForContentType(contentType: string | undefined): string | null {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  const match = Object.entries(AUDIO_TYPES).find(([, t]) => t === type);
  if (type === 'audio/x-wav' || type === 'audio/wave') return '.wav';
  return match ? match[0] : null;
}
