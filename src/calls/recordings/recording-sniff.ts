import { fileTypeFromFile } from 'file-type';
import { DomainError } from '../../common/errors.js';
import { audioContentType, STREAMABLE_FORMATS, streamableExtension } from './recording-path.js';

export class UnsupportedRecordingError extends DomainError {
  constructor(message: string) {
    super('unsupported_media', 'UNSUPPORTED_RECORDING', message);
  }
}

/**
 * What an uploaded file really is, read from its first bytes (RIFF/WAVE, ID3
 * or an MPEG frame sync, OggS, '#!AMR', ftyp M4A, fLaC…) by file-type, never
 * from the Content-Type the client chose. Anything the player cannot stream is
 * refused. Returns the extension to store it under.
 */
export async function sniffRecording(path: string, declaredFile: string | null): Promise<string> {
  const detected = await fileTypeFromFile(path);
  const ext = streamableExtension(detected?.ext);
  if (ext === null) {
    const what = detected
      ? `${detected.mime} (${detected.ext})`
      : 'not a recognisable audio format';
    throw new UnsupportedRecordingError(
      `recording body is ${what}: upload ${STREAMABLE_FORMATS} audio`,
    );
  }
  // The call named its file at ingestion; it is served by that name's type.
  if (declaredFile !== null && audioContentType(declaredFile) !== audioContentType(`x${ext}`)) {
    throw new UnsupportedRecordingError(
      `recording body is ${audioContentType(`x${ext}`)} but the call's recordingFile ` +
        `${declaredFile} is served as ${audioContentType(declaredFile)}`,
    );
  }
  return ext;
}
