import { ApiProperty } from '@nestjs/swagger';
import { ValidateBy, type ValidationOptions } from 'class-validator';

const SPEAKERS = ['agent', 'customer'];
const FIELDS = new Set(['speaker', 'startMs', 'endMs', 'text']);
const MAX_SEGMENTS = 2_000;
const MAX_TEXT = 5_000;

/** One turn of a call: the documented shape; `transcriptProblem` holds its rules. */
export class TranscriptSegmentDto {
  @ApiProperty({ enum: SPEAKERS }) speaker: 'agent' | 'customer';
  @ApiProperty({ minimum: 0 }) startMs: number;
  @ApiProperty({ minimum: 0 }) endMs: number;
  @ApiProperty({ maxLength: MAX_TEXT }) text: string;
}

const isCount = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;

/**
 * What is wrong with a transcript, naming the segment and field
 * ("transcript.3.speaker must be one of: agent, customer"), or null. One pass
 * over plain objects: a call carries up to 2,000 segments, and nested class
 * validation spent more time per imported call than the checker does.
 */
export function transcriptProblem(value: unknown): string | null {
  if (!Array.isArray(value)) return 'transcript must be an array of segments';
  if (value.length > MAX_SEGMENTS) return `transcript must have at most ${MAX_SEGMENTS} segments`;
  for (let i = 0; i < value.length; i++) {
    const s = value[i] as Record<string, unknown>;
    const at = `transcript.${i}`;
    if (s === null || typeof s !== 'object' || Array.isArray(s))
      return `${at} must be an object with speaker, startMs, endMs and text`;
    for (const key in s) if (!FIELDS.has(key)) return `${at}.${key} should not exist`;
    if (!SPEAKERS.includes(s.speaker as string))
      return `${at}.speaker must be one of: ${SPEAKERS.join(', ')}`;
    if (!isCount(s.startMs)) return `${at}.startMs must be an integer ≥ 0`;
    if (!isCount(s.endMs)) return `${at}.endMs must be an integer ≥ 0`;
    if (typeof s.text !== 'string') return `${at}.text must be a string`;
    if (s.text.length > MAX_TEXT) return `${at}.text must be at most ${MAX_TEXT} characters`;
  }
  return null;
}

export function IsTranscript(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isTranscript',
      validator: {
        validate: (value) => transcriptProblem(value) === null,
        defaultMessage: (args) => transcriptProblem(args?.value) ?? 'transcript is invalid',
      },
    },
    options,
  );
}
