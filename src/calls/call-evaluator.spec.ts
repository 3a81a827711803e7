import type { Call } from './call.entity.js';
import { gateSale } from './call-evaluator.js';

type Gated = Pick<Call, 'outcome' | 'saleStatus' | 'finalStatus'>;
const sale = (finalStatus: Call['finalStatus'], saleStatus: Call['saleStatus'] = null): Gated => ({
  outcome: 'sale',
  saleStatus,
  finalStatus,
});

describe('the sale gate', () => {
  it('activates a sale whose final verdict is valid and holds any other', () => {
    const valid = sale('valid');
    gateSale(valid);
    expect(valid.saleStatus).toBe('activated');
    for (const verdict of ['invalid', 'needs_review'] as const) {
      const held = sale(verdict, 'activated');
      gateSale(held);
      expect(held.saleStatus).toBe('held');
    }
  });

  it('leaves a cancelled sale cancelled and a call that is no sale alone', () => {
    const cancelled = sale('valid', 'cancelled');
    gateSale(cancelled);
    expect(cancelled.saleStatus).toBe('cancelled');
    const noSale: Gated = { outcome: 'no_answer', saleStatus: null, finalStatus: 'valid' };
    gateSale(noSale);
    expect(noSale.saleStatus).toBeNull();
  });
});
