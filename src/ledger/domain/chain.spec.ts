import { canonicalJson, sha256Hex } from './canonical.js';
import { entryHash, GENESIS_HASH, seal, type EntryDraft, type SealedEntry } from './chain.js';
import { ChainWalker, type StoredEntry } from './verify-chain.js';

const AT = new Date('2026-12-04T08:00:00.000Z');
const SCRIPT = '[price] 每月10元';

const draft = (n: number, extra: Partial<EntryDraft> = {}): EntryDraft => ({
  kind: 'sale',
  subject: `call:${n}`,
  phone: '13800138000',
  payload: { callId: n, script: { versionId: 1, version: 'v1', sha256: sha256Hex(SCRIPT) } },
  ...extra,
});

const stored = (e: SealedEntry): StoredEntry => ({
  ...e,
  evidenceText: e.evidence ? JSON.stringify(e.evidence) : null,
});

function walk(entries: StoredEntry[], head = entries.at(-1)) {
  const w = new ChainWalker();
  entries.forEach((e) => w.next(e));
  w.end(head ? { seq: head.seq, hash: head.hash } : null);
  return w;
}

describe('canonical JSON', () => {
  it('is the same text whatever the key order, at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [2, { e: 0, f: 1 }] }, b: 1 }),
    );
    expect(canonicalJson({ b: 1, a: undefined })).toBe('{"b":1}');
  });

  it('refuses numbers JSON cannot hold', () => {
    expect(() => canonicalJson({ x: Number.NaN })).toThrow(RangeError);
  });
});

describe('the chain', () => {
  const chain = seal({ seq: 0, hash: GENESIS_HASH }, [draft(1), draft(2), draft(3)], AT);

  it('numbers entries from the head and links each to the one before', () => {
    expect(chain.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(chain[0].prevHash).toBe(GENESIS_HASH);
    expect(chain[1].prevHash).toBe(chain[0].hash);
    expect(chain[2].hash).toBe(entryHash(chain[1].hash, chain[2], chain[2].payloadText));
  });

  it('hashes the canonical JSON of every hashed column, the payload as stored', () => {
    const { seq, kind, subject, phone, at, payload } = chain[0];
    const body = canonicalJson({ seq, kind, subject, phone, at, payload });
    expect(chain[0].payloadText).toBe(canonicalJson(payload));
    expect(chain[0].hash).toBe(sha256Hex(`${GENESIS_HASH}\n${body}`));
  });

  it('continues from an existing head', () => {
    const more = seal({ seq: 3, hash: chain[2].hash }, [draft(4)], AT);
    expect(more[0]).toMatchObject({ seq: 4, prevHash: chain[2].hash });
  });

  it('verifies untouched', () => {
    const w = walk(chain.map(stored));
    expect(w.breaks).toEqual([]);
    expect(w.head).toEqual({ seq: 3, hash: chain[2].hash });
  });

  it('names an edited payload at its entry only', () => {
    const rows = chain.map(stored);
    rows[1] = { ...rows[1], payloadText: rows[1].payloadText.replace('"callId":2', '"callId":9') };
    expect(walk(rows).breaks).toEqual([
      { seq: 2, what: 'entry', why: expect.stringContaining('edited') },
    ]);
  });

  it('names an edited column outside the payload (the phone)', () => {
    const rows = chain.map(stored);
    rows[0] = { ...rows[0], phone: '13900139000' };
    expect(walk(rows).breaks.map((b) => [b.seq, b.what])).toEqual([[1, 'entry']]);
  });

  it('names a removed entry and a re-hashed forgery', () => {
    const rows = chain.map(stored);
    expect(walk([rows[0], rows[2]]).breaks.map((b) => b.what)).toEqual(['sequence', 'link']);
    const forged = { ...rows[1], payloadText: '{"callId":7}' };
    forged.hash = entryHash(forged.prevHash, forged, forged.payloadText);
    expect(walk([rows[0], forged, rows[2]]).breaks).toEqual([
      { seq: 3, what: 'link', why: expect.stringContaining('entry 2 hashes to') },
    ]);
  });

  it('names a truncated tail against the head row', () => {
    const rows = chain.map(stored);
    const w = walk(rows.slice(0, 2), rows[2]);
    expect(w.breaks).toEqual([{ seq: 3, what: 'head', why: expect.stringContaining('removed') }]);
  });

  it('names a payload that is not JSON', () => {
    const rows = chain.map(stored);
    rows[2] = { ...rows[2], payloadText: '{oops' };
    expect(walk(rows).breaks.map((b) => b.what)).toEqual(['entry']);
  });
});

describe('what the chain vouches for', () => {
  it('checks each script version once, at the first entry that used it', () => {
    const chain = seal({ seq: 0, hash: GENESIS_HASH }, [draft(1), draft(2)], AT);
    const w = walk(chain.map(stored));
    expect(w.scriptRefs()).toHaveLength(1);
    w.checkScript(w.scriptRefs()[0], SCRIPT);
    expect(w.breaks).toEqual([]);
    w.checkScript(w.scriptRefs()[0], `${SCRIPT}（改）`);
    expect(w.breaks).toEqual([{ seq: 1, what: 'script', why: expect.stringContaining('edited') }]);
  });

  const recording = (file: string) =>
    draft(5, {
      kind: 'recording',
      payload: { callId: 5, recording: { file, sha256: 'a'.repeat(64) } },
    });

  it('reports an altered or missing recording', () => {
    const chain = seal({ seq: 0, hash: GENESIS_HASH }, [recording('d/x.wav')], AT);
    const w = walk(chain.map(stored));
    const [ref] = w.recordingRefs();
    w.checkRecording(ref, { sha256: 'a'.repeat(64) });
    expect(w.breaks).toEqual([]);
    w.checkRecording(ref, { sha256: 'b'.repeat(64) });
    w.checkRecording(ref, 'missing');
    expect(w.breaks.map((b) => [b.seq, b.what])).toEqual([
      [1, 'recording'],
      [1, 'recording'],
    ]);
    expect(w.breaks[1].why).toContain('no purge record');
  });

  it('takes a recording purged by policy as absent, not broken', () => {
    const purge = draft(0, {
      kind: 'purge',
      subject: 'call:5',
      payload: { callId: 5, file: 'd/x.wav' },
    });
    const chain = seal({ seq: 0, hash: GENESIS_HASH }, [recording('d/x.wav'), purge], AT);
    const w = walk(chain.map(stored));
    w.checkRecording(w.recordingRefs()[0], 'missing');
    expect(w.isPurged('d/x.wav')).toBe(true);
    expect(w.breaks).toEqual([]);
    // Reported as such, so an auditor sees why the file is gone.
    expect(w.purgedCount).toBe(1);
    expect(w.purgedByPolicy).toEqual([{ seq: 1, callId: expect.any(Number), file: 'd/x.wav' }]);
  });

  it('checks evidence texts against their hashes, and accepts erased ones', () => {
    const segmented = draft(1, {
      payload: {
        callId: 1,
        segments: [{ role: 'consent', textSha256: sha256Hex('好的，开通吧') }],
      },
      evidence: ['好的，开通吧'],
    });
    const [e] = seal({ seq: 0, hash: GENESIS_HASH }, [segmented], AT).map(stored);
    expect(walk([e]).breaks).toEqual([]);
    expect(walk([{ ...e, evidenceText: null }]).breaks).toEqual([]);
    const altered = { ...e, evidenceText: JSON.stringify(['不要']) };
    expect(walk([altered]).breaks.map((b) => b.what)).toEqual(['evidence']);
  });
});
