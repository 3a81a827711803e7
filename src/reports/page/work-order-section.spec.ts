import { workOrderQa } from '../domain/work-order-figures.js';
import { workOrderSection } from './work-order-section.js';

describe('workOrderSection', () => {
  it('prints the totals and one row per handler, escaping names', () => {
    const html = workOrderSection({
      workOrderQa: workOrderQa([
        {
          handlerId: 1,
          handlerName: '处理员 <甲>',
          sampled: 3,
          reviewed: 3,
          passed: 2,
          contested: 2,
          overturned: 1,
        },
      ]),
    });
    expect(html).toContain('工单质量双向质检');
    expect(html).toContain('合格率 66.7%');
    expect(html).toContain('处理员 &lt;甲&gt;');
    expect(html).not.toContain('<甲>');
  });

  it('prints nothing for a revision stored before the figures existed', () => {
    expect(workOrderSection({})).toBe('');
  });
});
