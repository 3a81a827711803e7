import { hash } from 'node:crypto';
import { normalizePhone } from '../common/phone/normalize-phone.js';
import { localDateOf } from '../common/time/local-date.js';
import { InvalidInputError } from '../common/errors.js';
import { checkCall, type EvaluationInput, type PhraseList } from '../compliance/index.js';
import { applyVerdict, checkerInput } from './call-evaluator.js';
import { Call } from './call.entity.js';
import type { CallReferences } from './call-references.js';
import type { CreateCallDto } from './dto/create-call.dto.js';
import { cleanRecordingPath } from './recordings/recording-path.js';

/** Clock skew tolerated between the dialer and us before a call counts as "in the future". */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export interface BuildContext {
  now: Date;
  timeZone: string;
  trialEnd?: string | null;
}

/**
 * Turns a validated request into a stored call with its automatic verdict (the
 * service language judged on `phrases`); throws InvalidInputError naming the field.
 */
export function buildCall(
  dto: CreateCallDto,
  refs: CallReferences,
  ctx: BuildContext,
  phrases: PhraseList,
): Call {
  const { call, checks } = prepareCall(dto, refs, ctx);
  applyVerdict(call, checkCall(checks, phrases), ctx.now);
  return call;
}

/** A call ready to store but for its verdict, and the checker's input for that verdict. */
export interface PreparedCall {
  call: Call;
  checks: EvaluationInput;
}

/** `buildCall` without running the checker, for callers that run it elsewhere (imports use worker threads). */
export function prepareCall(
  dto: CreateCallDto,
  refs: CallReferences,
  ctx: BuildContext,
): PreparedCall {
  const phone = normalizePhone(dto.phone);
  if (!phone)
    throw new InvalidInputError(`phone: "${dto.phone.slice(0, 40)}" is not a valid phone number`);
  const startedAt = new Date(dto.startedAt);
  if (startedAt.getTime() > ctx.now.getTime() + FUTURE_TOLERANCE_MS) {
    throw new InvalidInputError(`startedAt: ${dto.startedAt} is in the future`);
  }
  const call = new Call();
  Object.assign(call, {
    externalId: dto.externalId,
    contentHash: contentHash(dto, phone, startedAt),
    agentId: refs.agent.id,
    agentCode: refs.agent.code,
    productId: refs.product.id,
    productCode: refs.product.code,
    scriptVersionId: refs.script?.id ?? null,
    scriptVersion: dto.scriptVersion ?? null,
    phone,
    purpose: dto.purpose,
    outcome: dto.outcome,
    startedAt,
    localDate: localDateOf(startedAt, ctx.timeZone),
    durationSeconds: dto.durationSeconds,
    recordingFile: dto.recordingFile ? cleanRecordingPath(dto.recordingFile) : null,
    transcript:
      dto.transcript?.map(({ speaker, startMs, endMs, text }) => ({
        speaker,
        startMs,
        endMs,
        text,
      })) ?? null,
    trialId: dto.trialId ?? null,
    finalSource: 'automatic',
    saleStatus: null,
    createdAt: ctx.now,
  });
  const checks = checkerInput({
    purpose: call.purpose,
    startedAt,
    transcript: call.transcript,
    product: refs.product,
    script: refs.script,
    trialEnd: ctx.trialEnd,
    timeZone: ctx.timeZone,
  });
  return { call, checks };
}

/** Same content whatever the spelling of the phone or the offset of the timestamp. */
function contentHash(dto: CreateCallDto, phone: string, startedAt: Date): string {
  const canonical = JSON.stringify([
    dto.externalId,
    dto.agentCode,
    dto.productCode,
    dto.scriptVersion ?? null,
    phone,
    dto.purpose,
    dto.outcome,
    startedAt.toISOString(),
    dto.durationSeconds,
    dto.recordingFile ?? null,
    dto.transcript?.map((s) => [s.speaker, s.startMs, s.endMs, s.text]) ?? null,
    dto.trialId ?? null,
  ]);
  return hash('sha256', canonical, 'hex');
}
