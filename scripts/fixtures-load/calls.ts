import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { Api, FatalError, type Reply, describe, failure, log, readJson } from './api.js';
import { type CallFixture, type Compliance, type Outcome, RULES } from './types.js';

export async function loadCallFixtures(dir: string): Promise<CallFixture[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  const fixtures: CallFixture[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    const fixture = await readJson<CallFixture>(path.join(dir, name));
    const e = fixture.expected;
    if (!fixture.externalId || !e || typeof e.valid !== 'boolean' || RULES.some((r) => !e[r])) {
      throw new FatalError(`${name}: needs externalId and expected {${RULES.join(', ')}, valid}`);
    }
    if (seen.has(fixture.externalId)) throw new FatalError(`${name}: duplicate externalId`);
    seen.add(fixture.externalId);
    fixtures.push(fixture);
  }
  return fixtures;
}

export async function uploadRecording(
  api: Api,
  audioDir: string,
  callId: string,
  recordingFile: string,
): Promise<'uploaded' | 'unchanged'> {
  const local = new Uint8Array(await readFile(path.join(audioDir, recordingFile)));
  const route = `/api/calls/${encodeURIComponent(callId)}/recording`;
  // Compare the bytes, not only the length: an edited WAV is sent, and the service
  // refuses it (409) since a stored recording is evidence and is never replaced.
  const current = await api.json('GET', route);
  if (current.status === 200 && Buffer.from(current.bytes).equals(Buffer.from(local))) {
    return 'unchanged';
  }
  const reply = await api.raw('PUT', route, local, 'audio/wav');
  if (reply.status < 200 || reply.status > 299) throw new Error(failure(`PUT ${route}`, reply));
  return 'uploaded';
}

export async function loadCalls(
  api: Api,
  fixtures: CallFixture[],
  audioDir: string,
): Promise<Outcome[]> {
  const counts = { created: 0, unchanged: 0, conflict: 0, failed: 0 };
  const audio = { uploaded: 0, unchanged: 0, failed: 0 };
  const outcomes: Outcome[] = [];
  for (const fixture of fixtures) {
    const { expected: _expected, ...body } = fixture;
    const reply = await api.json('POST', '/api/calls', body);
    const outcome = await callOutcome(api, fixture, reply, counts);
    outcomes.push(outcome);
    const callId = (reply.body as { id?: unknown } | null)?.id;
    if (fixture.recordingFile && !outcome.error && callId !== undefined) {
      try {
        audio[await uploadRecording(api, audioDir, String(callId), fixture.recordingFile)]++;
      } catch (err) {
        if (err instanceof FatalError) throw err;
        audio.failed++;
        outcome.error = `recording: ${describe(err)}`;
      }
    }
  }
  log(
    `calls: ${counts.created} created, ${counts.unchanged} unchanged, ` +
      `${counts.conflict} conflicting (409), ${counts.failed} failed`,
  );
  log(
    `recordings: ${audio.uploaded} uploaded, ${audio.unchanged} already there, ${audio.failed} failed`,
  );
  return outcomes;
}

export async function callOutcome(
  api: Api,
  fixture: CallFixture,
  reply: Reply,
  counts: Record<'created' | 'unchanged' | 'conflict' | 'failed', number>,
): Promise<Outcome> {
  if (reply.status === 409) {
    counts.conflict++;
    return { fixture, error: 'already stored with different content (409); compare by hand' };
  }
  if (reply.status !== 201 && reply.status !== 200) {
    counts.failed++;
    return { fixture, error: failure('POST /api/calls', reply) };
  }
  counts[reply.status === 201 ? 'created' : 'unchanged']++;
  const call = reply.body as { id?: unknown; compliance?: Compliance };
  let compliance = call.compliance;
  // The contract guarantees `compliance` on GET; fall back to it if POST omits it.
  if (!compliance && call.id !== undefined) {
    const fetched = await api.json('GET', `/api/calls/${encodeURIComponent(String(call.id))}`);
    compliance = (fetched.body as { compliance?: Compliance } | null)?.compliance;
  }
  return compliance ? { fixture, compliance } : { fixture, error: 'no compliance in the response' };
}
