import type { Call } from './call.entity.js';

/** The public shape of a call (contract: "Calls and the four standards"). */
export function toCallView(call: Call) {
  return {
    id: call.id,
    externalId: call.externalId,
    agentCode: call.agentCode,
    productCode: call.productCode,
    scriptVersion: call.scriptVersion,
    phone: call.phone,
    purpose: call.purpose,
    outcome: call.outcome,
    startedAt: call.startedAt.toISOString(),
    localDate: call.localDate,
    durationSeconds: call.durationSeconds,
    recordingFile: call.recordingFile,
    hasRecording: call.recordingFile !== null,
    trialId: call.trialId,
    transcript: call.transcript,
    compliance: call.autoCompliance,
    finalVerdict: { status: call.finalStatus, source: call.finalSource },
    saleStatus: call.saleStatus,
    createdAt: call.createdAt.toISOString(),
  };
}

export type CallView = ReturnType<typeof toCallView>;
