import { ApiProperty } from '@nestjs/swagger';
import type { PeaksUnavailable } from './domain/wav-peaks.js';

export const PEAKS_UNAVAILABLE = ['not_wav', 'unsupported_encoding', 'malformed', 'too_large'];

/** A recording's waveform for the console's timeline; `unavailable` says why there is none. */
export class RecordingPeaksView {
  @ApiProperty({ description: 'The call' }) callId!: number;
  @ApiProperty({ description: 'SHA-256 of the recording bytes the peaks were read from (hex)' })
  sha256!: string;
  @ApiProperty({
    description:
      'Why there is no waveform (peaks is empty): not a WAV file, an encoding not decoded here ' +
      '(PCM, float, A-law and µ-law are), a broken header, or a file too large to read',
    enum: PEAKS_UNAVAILABLE,
    nullable: true,
    type: String,
  })
  unavailable!: PeaksUnavailable | 'too_large' | null;
  @ApiProperty({ description: 'Length of the audio (ms)', nullable: true, type: Number })
  durationMs!: number | null;
  @ApiProperty({ description: 'Samples per second', nullable: true, type: Number })
  sampleRate!: number | null;
  @ApiProperty({
    description: 'Loudest sample (0–1) of each equal slice of the audio, in order',
    type: [Number],
  })
  peaks!: number[];
}
