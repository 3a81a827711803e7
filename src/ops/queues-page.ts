import type { FailedJobView } from './queues-admin-view.js';

const escape = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface QueuesPageData {
  redis: string;
  queues: {
    name: string;
    counts: Record<string, number> | 'unavailable';
    failed: FailedJobView[];
  }[];
}

/** A plain read-only page for operators (Bull Board stand-in): counts and failed jobs with their errors. */
export function queuesPage(data: QueuesPageData): string {
  const sections = data.queues.map((q) => {
    const counts = Object.entries(q.counts === 'unavailable' ? { unavailable: 0 } : q.counts)
      .map(([state, n]) => `<td>${escape(state)}</td><td>${n}</td>`)
      .join('</tr><tr>');
    const failed = q.failed
      .map(
        (j) =>
          `<tr><td>${escape(j.id)}</td><td>${escape(j.name)}</td><td>${j.attemptsMade}</td>` +
          `<td>${escape(j.failedAt)}</td><td><code>${escape(j.failedReason)}</code></td></tr>`,
      )
      .join('');
    return (
      `<h2>${escape(q.name)}</h2><table><tr>${counts}</tr></table>` +
      `<h3>Failed jobs</h3><table><tr><th>id</th><th>job</th><th>attempts</th><th>failed at</th><th>error</th></tr>${failed}</table>` +
      `<p>Retry: <code>POST /api/admin/queues/${escape(q.name)}/jobs/{id}/retry</code> or <code>POST /api/admin/queues/${escape(q.name)}/failed/retry</code></p>`
    );
  });
  return (
    `<!doctype html><html><head><meta charset="utf-8"><title>Queues</title>` +
    `<style>body{font-family:sans-serif;margin:2em}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}table{border-collapse:collapse}</style>` +
    `</head><body><h1>Queues</h1><p>Redis: <b>${escape(data.redis)}</b></p>${sections.join('')}</body></html>`
  );
}
