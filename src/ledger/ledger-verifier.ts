import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CatalogueReader } from '../catalogue/index.js';
import { quotedTable } from '../database/bulk-sql.js';
import type { ChainHead } from './domain/chain.js';
import { ChainWalker, type ChainBreak, type StoredEntry } from './domain/verify-chain.js';
import { LedgerEntry, LedgerHeadRow } from './ledger-entry.entity.js';
import { RecordingFiles } from './recording-files.js';

export interface Verification {
  ok: boolean;
  entries: number;
  head: ChainHead;
  /** Every break found, in chain order (the first ones, when there are very many). */
  breaks: ChainBreak[];
  breakCount: number;
  recordingsChecked: number;
  /** Recordings gone by retention policy: absent, explained by a purge entry, not a break. */
  purgedByPolicy: { seq: number; callId: number; file: string; why: string }[];
  purgedByPolicyCount: number;
  scriptsChecked: number;
  durationMs: number;
  entriesPerSecond: number;
}

const PAGE = 5_000;

/** Recomputes the chain, then every script text and recording file it vouches for. */
@Injectable()
export class LedgerVerifier {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly catalogue: CatalogueReader,
    private readonly recordings: RecordingFiles,
  ) {}

  async verify(): Promise<Verification> {
    const started = performance.now();
    const walker = new ChainWalker();
    const table = quotedTable(this.db.manager, LedgerEntry);
    const p = this.db.options.type === 'postgres' ? '$1' : '?';
    for (let after = 0; ;) {
      const rows: Row[] = await this.db.query(
        `SELECT seq, kind, subject, phone, at, payload, evidence, prev_hash, hash FROM ${table}
         WHERE seq > ${p} ORDER BY seq LIMIT ${PAGE}`,
        [after],
      );
      for (const r of rows) walker.next(stored(r));
      if (rows.length < PAGE) break;
      after = Number(rows[rows.length - 1].seq);
    }
    walker.end(await this.storedHead());
    const scripts = await this.checkScripts(walker);
    const recordings = await this.checkRecordings(walker);
    const durationMs = Math.round(performance.now() - started);
    return {
      ok: walker.breakCount === 0,
      entries: walker.count,
      head: walker.head,
      breaks: [...walker.breaks].sort((a, b) => a.seq - b.seq),
      breakCount: walker.breakCount,
      recordingsChecked: recordings,
      purgedByPolicy: walker.purgedByPolicy.map((p) => ({ ...p, why: 'purged by policy' })),
      purgedByPolicyCount: walker.purgedCount,
      scriptsChecked: scripts,
      durationMs,
      entriesPerSecond: Math.round((walker.count * 1000) / Math.max(durationMs, 1)),
    };
  }

  private async storedHead(): Promise<ChainHead | null> {
    const row = await this.db.getRepository(LedgerHeadRow).findOneBy({ id: 1 });
    return row ? { seq: Number(row.seq), hash: row.hash } : null;
  }

  private async checkScripts(walker: ChainWalker): Promise<number> {
    const refs = walker.scriptRefs();
    const texts = await this.catalogue.scriptTexts(refs.map((r) => r.ref.versionId));
    const byId = new Map(texts.map((t) => [t.id, t.text]));
    for (const ref of refs) walker.checkScript(ref, byId.get(ref.ref.versionId) ?? null);
    return new Set(refs.map((r) => r.ref.versionId)).size;
  }

  /** One file at a time: a verification must not starve the service of disk or memory. */
  private async checkRecordings(walker: ChainWalker): Promise<number> {
    let checked = 0;
    for (const ref of walker.recordingRefs()) {
      const state = await this.recordings.hash(ref.ref.file);
      if (state === null) break; // no recording store in this process
      walker.checkRecording(ref, state);
      checked += 1;
    }
    return checked;
  }
}

interface Row {
  seq: number | string;
  kind: StoredEntry['kind'];
  subject: string;
  phone: string | null;
  at: string;
  payload: string;
  evidence: string | null;
  prev_hash: string;
  hash: string;
}

function stored(r: Row): StoredEntry {
  return {
    seq: Number(r.seq),
    kind: r.kind,
    subject: r.subject,
    phone: r.phone,
    at: r.at,
    payloadText: r.payload,
    evidenceText: r.evidence,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}
