import { seedReviewQueue, type ReviewQueue } from './helpers/console-seed.js';
import { bearer, startTestApp, type TestApp } from './helpers/test-app.js';

const PASS = { identity: 'pass', comprehension: 'pass', script: 'pass', consent: 'pass' };

/** A failing review invalidates a sale and penalises an agent: it must say why. */
describe('a review that fails a standard needs notes', () => {
  let t: TestApp;
  let seed: ReviewQueue;
  let inspector: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp({ QA_SCHEDULER: 'off' });
    seed = await seedReviewQueue(t);
    inspector = bearer(seed.inspectorToken);
  });
  afterAll(() => t?.close());

  const post = (body: object) => t.http().post('/api/qa/reviews').set(inspector).send(body);
  const itemOf = (key: 'valid' | 'consent') =>
    seed.runItems.find((i) => i.callId === seed.calls[key].id)!.id;

  it('answers 400 VALIDATION_FAILED naming notes and the failed standards, and records nothing', async () => {
    const itemId = itemOf('consent');
    for (const notes of [undefined, null, '', '   \n ']) {
      const res = await post({ itemId, rules: { ...PASS, consent: 'fail' }, notes });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        message: ['notes must not be empty when rules.consent is fail: say why'],
      });
    }
    const two = await post({ itemId, rules: { ...PASS, script: 'fail', consent: 'fail' } });
    expect(two.status).toBe(400);
    expect(two.body.message).toEqual([
      'notes must not be empty when rules.script and rules.consent are fail: say why',
    ]);
    // Refused before anything is written: the item is still open in the inspector's queue.
    const queue = await t.http().get('/api/qa/queue').set(inspector).expect(200);
    expect(queue.body.map((i: { id: number }) => i.id)).toContain(itemId);
    const reviews = await t.http().get(`/api/qa/reviews?itemId=${itemId}`).set(inspector);
    expect(reviews.body).toEqual([]);
  });

  it('accepts the same fail with a note, and an all-pass review without one', async () => {
    const failed = await post({
      itemId: itemOf('consent'),
      rules: { ...PASS, consent: 'fail' },
      notes: '客户没有明确同意开通',
    }).expect(201);
    expect(failed.body).toMatchObject({ passed: false, notes: '客户没有明确同意开通' });
    const passed = await post({ itemId: itemOf('valid'), rules: PASS }).expect(201);
    expect(passed.body).toMatchObject({ passed: true, notes: null });
  });
});
