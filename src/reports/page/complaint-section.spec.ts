import { assembleReport } from '../domain/assemble.js';
import { emptyInputs } from '../domain/test-support/report-inputs.js';
import { complaintsSection } from './complaint-section.js';

const t0 = new Date('2026-11-16T01:00:00Z');
const hoursLater = (h: number) => new Date(t0.getTime() + h * 3_600_000);

describe('the printed complaint section', () => {
  it('links each cause to its complaints and gives handling times against the limits', () => {
    const report = assembleReport({
      ...emptyInputs(),
      complaintRows: [
        {
          id: 41,
          category: '未经同意开通',
          status: 'closed',
          escalated: true,
          reopenCount: 1,
          receivedAt: t0,
          firstContactedAt: hoursLater(3),
          resolvedAt: hoursLater(50),
          firstContactDueAt: hoursLater(24),
          resolutionDueAt: hoursLater(72),
        },
      ],
    });
    const html = complaintsSection(report);
    expect(html).toContain('<a class="complaint" href="/api/complaints/41">投诉 #41</a>');
    expect(html).toContain('升级处理 1 件');
    expect(html).toMatch(/首次联系.*3\.0.*3\.0.*24/s);
  });

  it('renders a revision stored before these figures existed, saying what it lacks', () => {
    const current = assembleReport(emptyInputs());
    const {
      complaintHandling: _h,
      complaintHandlers: _o,
      complaintsReopened: _r,
      ...old
    } = current;
    const html = complaintsSection({
      ...old,
      complaintCategories: [{ category: '资费疑问', count: 2 }],
    });
    expect(html).toContain('资费疑问');
    expect(html).toContain('本版报告未统计');
  });
});
