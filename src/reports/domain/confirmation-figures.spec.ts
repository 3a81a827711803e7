import { confirmationFigures } from './confirmation-figures.js';

describe('confirmationFigures', () => {
  it('does not count a cancellation an overturn withdrew (trial.reinstated)', () => {
    const events = new Map([
      ['trial.cancelled', 3],
      ['trial.reinstated', 1],
      ['trial.charged', 2],
    ]);
    expect(confirmationFigures({ due: 4, done: 2 }, events)).toMatchObject({
      cancelled: 2,
      charged: 2,
      doneRate: 0.5,
    });
  });
});
