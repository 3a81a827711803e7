import type { DataSource } from 'typeorm';
import type { SaleFacts } from '../../src/trials/transitions/trial-opener.js';
import { jobs, type JobSpec } from '../../src/trials/jobs/queue-work.js';

/**
 * The rows trials point at: one agent, the MUSIC10 product and N stored sale
 * calls, inserted by one recursive SQLite statement (setup, not measured).
 */
export async function seedSales(db: DataSource, n: number): Promise<void> {
  const now = new Date().toISOString();
  await db.query(
    `INSERT INTO agents (code, name, team, active, created_at) VALUES ('A001', '李娜', 'T1', 1, ?)`,
    [now],
  );
  await db.query(
    `INSERT INTO products (code, name, monthly_fee_cents, trial_days, cancel_method, created_at)
     VALUES ('MUSIC10', '咪咕音乐白金会员', 1000, 30, '编辑短信TD发送到10658888，或拨打10086', ?)`,
    [now],
  );
  await db.query(
    `INSERT INTO calls (external_id, content_hash, agent_id, agent_code, product_id, product_code,
       phone, purpose, outcome, started_at, local_date, duration_seconds, auto_status,
       auto_compliance, engine_version, evaluated_at, final_status, final_source, sale_status, created_at)
     WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < ?)
     SELECT 'BENCH-' || i, 'h', 1, 'A001', 1, 'MUSIC10', printf('139%08d', i), 'marketing',
       'sale', ?, substr(?, 1, 10), 60, 'valid', '{}', 'bench', ?,
       'valid', 'automatic', 'activated', ?
     FROM seq`,
    [n, now, now, now, now],
  );
  await db.query(
    `INSERT INTO call_standard_results (call_id, standard, result)
     SELECT c.id, s.standard, 'pass' FROM calls c CROSS JOIN (SELECT 'identity' AS standard
       UNION ALL SELECT 'comprehension' UNION ALL SELECT 'script' UNION ALL SELECT 'consent') s`,
  );
}

/** Sale i as the trial opener sees it: sold within the last five days. */
export function saleFacts(i: number, now: number): SaleFacts {
  return {
    saleCallId: i,
    phone: `139${String(i).padStart(8, '0')}`,
    productId: 1,
    productCode: 'MUSIC10',
    trialDays: 30,
    startedAt: new Date(now - (i % 5) * 86_400_000 - 3_600_000),
  };
}

/** A step-1 job like the one a new trial gets, for trial id `i`, due in 20 days. */
export function stepJob(i: number, now: number): JobSpec {
  return jobs.step({ trialId: i, step: 1, attempt: 1 }, new Date(now + 20 * 86_400_000));
}
