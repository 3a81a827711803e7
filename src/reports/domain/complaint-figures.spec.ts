import { complaintCategories, complaintHandling, type ComplaintRow } from './complaint-figures.js';

const H = 3_600_000;
const t0 = new Date('2026-11-16T01:00:00Z');
const at = (hours: number) => new Date(t0.getTime() + hours * H);
const limits = { firstContactHours: 24, resolutionHours: 72 };

function row(id: number, over: Partial<ComplaintRow> = {}): ComplaintRow {
  return {
    id,
    category: '资费疑问',
    status: 'closed',
    escalated: false,
    reopenCount: 0,
    receivedAt: t0,
    firstContactedAt: at(2),
    resolvedAt: at(30),
    firstContactDueAt: at(24),
    resolutionDueAt: at(72),
    ...over,
  };
}

describe('complaint figures of the weekly report', () => {
  it('lists causes most frequent first, each with its oldest complaints to open', () => {
    const rows = [
      row(4, { category: '未经同意开通', receivedAt: at(5) }),
      row(1, { category: '未经同意开通', receivedAt: at(1) }),
      row(2, { category: '资费疑问' }),
      row(3, { category: '未经同意开通', receivedAt: at(3) }),
      row(5, { category: '未经同意开通', receivedAt: at(9) }),
    ];
    expect(complaintCategories(rows)).toEqual([
      {
        category: '未经同意开通',
        count: 4,
        examples: [1, 3, 4].map((id) => ({ complaintId: id, url: `/api/complaints/${id}` })),
      },
      { category: '资费疑问', count: 1, examples: [{ complaintId: 2, url: '/api/complaints/2' }] },
    ]);
  });

  it('counts outcomes: resolved, reopened, escalated, and open past a limit now', () => {
    const now = at(100);
    const rows = [
      row(1),
      row(2, { reopenCount: 2, escalated: true }),
      // Open, contacted, resolution due at 72 h: past it at 100 h.
      row(3, { status: 'valid', resolvedAt: null }),
      // Open, but its resolution deadline was renewed by a reopen.
      row(4, { status: 'valid', resolvedAt: null, resolutionDueAt: at(150), reopenCount: 1 }),
    ];
    expect(complaintHandling(rows, limits, now)).toMatchObject({
      resolved: 2,
      reopened: 2,
      escalated: 1,
      openPastDeadline: 1,
    });
  });

  it('gives median and 90th percentile handling hours against the limits', () => {
    const rows = [2, 4, 6, 8, 30].map((h, i) =>
      row(i + 1, { firstContactedAt: at(h), resolvedAt: at(h * 3) }),
    );
    rows.push(row(9, { firstContactedAt: null, resolvedAt: null, status: 'received' }));
    const figures = complaintHandling(rows, limits, at(10));
    expect(figures.firstContact).toEqual({
      n: 5,
      medianHours: 6,
      p90Hours: 30,
      limitHours: 24,
      withinLimit: 4,
    });
    expect(figures.resolution).toMatchObject({
      n: 5,
      medianHours: 18,
      p90Hours: 90,
      withinLimit: 4,
    });
  });

  it('has nothing to say about an empty week', () => {
    expect(complaintCategories([])).toEqual([]);
    expect(complaintHandling([], limits, t0).firstContact).toEqual({
      n: 0,
      medianHours: null,
      p90Hours: null,
      limitHours: 24,
      withinLimit: 0,
    });
  });
});
