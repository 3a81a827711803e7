import { extname, isAbsolute, normalize, sep } from 'node:path';
import { DomainError } from '../../common/errors.js';

/** The messages name `recordingFile`, the field every such path arrives in. */
export class RecordingPathError extends DomainError {
  constructor(message: string) {
    super('invalid', 'INVALID_RECORDING_PATH', message);
  }
}

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

/**
 * The file extension for audio the service can stream, by the format sniffed
 * from the bytes (file-type's name for it); null for anything else.
 */
const STREAMABLE: Record<string, string> = {
  wav: '.wav',
  mp3: '.mp3',
  ogg: '.ogg',
  oga: '.ogg',
  opus: '.opus',
  m4a: '.m4a',
  aac: '.aac',
  amr: '.amr',
  flac: '.flac',
};

export function streamableExtension(detected: string | undefined): string | null {
  return (detected && STREAMABLE[detected]) ?? null;
}

/** The formats accepted, for messages. */
export const STREAMABLE_FORMATS = 'WAV, MP3, OGG/Opus, M4A, AAC, AMR or FLAC';
