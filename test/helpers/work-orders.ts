import { DataSource } from 'typeorm';
import { Complaint } from '../../src/complaints/complaint.entity.js';
import type { TestApp } from './test-app.js';

/** Monday 2026-11-16 09:00 in the centre's time zone (2026-W47). */
const W47_MONDAY = '2026-11-16T01:00:00.000Z';
const HOUR = 3_600_000;

export type ClosedKind = 'on_time' | 'reopened' | 'overdue';

/**
 * Records a complaint as `owner`, walks it to closed through the API (a
 * dissatisfied call-back first for `reopened`), then moves its times into
 * 2026-W47 (or the week whose Monday 09:00 is `received`): the transitions
 * stamp "now", and a week must be over to be drawn. `overdue` is resolved a day
 * past its 72-hour limit.
 */
export async function closedComplaint(
  t: TestApp,
  owner: Record<string, string>,
  phone: string,
  kind: ClosedKind,
  received = W47_MONDAY,
): Promise<number> {
  const at = (hours: number) => new Date(Date.parse(received) + hours * HOUR);
  const { body } = await t
    .http()
    .post('/api/complaints')
    .set(owner)
    .send({ phone, severity: 'minor', category: '资费疑问', description: '扣费不清楚' })
    .expect(201);
  const move = (send: object) =>
    t.http().post(`/api/complaints/${body.id}/transition`).set(owner).send(send).expect(200);
  for (const to of ['investigating', 'valid', 'handled']) await move({ to, outcome: '已退费' });
  if (kind === 'reopened') {
    await move({ to: 'called_back', satisfied: false, note: '不满意' });
    await move({ to: 'handled', outcome: '再次退费' });
  }
  await move({ to: 'called_back', satisfied: true });
  await move({ to: 'closed' });
  const resolvedAt = kind === 'overdue' ? at(96) : at(24);
  await t.app
    .get(DataSource)
    .getRepository(Complaint)
    .update(body.id, {
      receivedAt: at(0),
      firstContactDueAt: at(24),
      resolutionDueAt: at(72),
      firstContactedAt: at(1),
      resolvedAt,
      closedAt: new Date(resolvedAt.getTime() + 2 * HOUR),
    });
  return body.id;
}
