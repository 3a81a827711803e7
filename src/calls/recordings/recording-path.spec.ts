import { audioContentType, cleanRecordingPath, RecordingPathError } from './recording-path.js';

describe('cleanRecordingPath', () => {
  it.each([
    ['2026-11-20/C-1.wav', '2026-11-20/C-1.wav'],
    ['recordings\\2026-11-20\\C-1.wav', 'recordings/2026-11-20/C-1.wav'],
    ['./a/b.wav', 'a/b.wav'],
  ])('accepts %s', (raw, clean) => expect(cleanRecordingPath(raw)).toBe(clean));

  it.each(['/etc/passwd', '../secret.wav', 'a/../../b.wav', 'C:/x.wav', '', 'a\0b'])(
    'rejects %j',
    (raw) => {
      expect(() => cleanRecordingPath(raw)).toThrow(RecordingPathError);
    },
  );

  it('knows audio content types', () => {
    expect(audioContentType('x/y.WAV')).toBe('audio/wav');
    expect(audioContentType('x/y.mp3')).toBe('audio/mpeg');
  });
});
