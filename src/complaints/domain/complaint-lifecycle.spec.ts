import {
  allowedNext,
  COMPLAINT_STATUSES,
  ComplaintTransitionError,
  transition,
  type ComplaintStatus,
} from './complaint-lifecycle.js';

const ALLOWED: [ComplaintStatus, ComplaintStatus][] = [
  ['received', 'investigating'],
  ['investigating', 'valid'],
  ['investigating', 'not_valid'],
  ['valid', 'handled'],
  ['handled', 'called_back'],
  ['called_back', 'closed'],
  ['not_valid', 'closed'],
];
const isAllowed = (from: ComplaintStatus, to: ComplaintStatus) =>
  ALLOWED.some(([f, t]) => f === from && t === to);
const ALL_PAIRS = COMPLAINT_STATUSES.flatMap((from) =>
  COMPLAINT_STATUSES.map((to) => [from, to] as [ComplaintStatus, ComplaintStatus]),
);
const REFUSED = ALL_PAIRS.filter(([from, to]) => !isAllowed(from, to));

describe('complaint lifecycle', () => {
  it.each(ALLOWED)('allows %s → %s', (from, to) => {
    expect(() => transition(from, to)).not.toThrow();
  });

  it.each(REFUSED)('refuses %s → %s, naming both', (from, to) => {
    expect(() => transition(from, to)).toThrow(ComplaintTransitionError);
    expect(() => transition(from, to)).toThrow(`from ${from} to ${to}`);
  });

  it('covers every pair exactly once', () => {
    expect(ALLOWED.length + REFUSED.length).toBe(COMPLAINT_STATUSES.length ** 2);
  });

  it('stamps first contact on leaving received only', () => {
    expect(transition('received', 'investigating').firstContact).toBe(true);
    for (const [from, to] of ALLOWED.slice(1))
      expect(transition(from, to).firstContact).toBe(false);
  });

  it('stamps resolution on reaching handled and closure on reaching closed', () => {
    expect(transition('valid', 'handled')).toEqual({
      firstContact: false,
      resolved: true,
      closed: false,
    });
    expect(transition('called_back', 'closed')).toMatchObject({ resolved: false, closed: true });
    expect(transition('not_valid', 'closed')).toMatchObject({ closed: true });
  });

  it('lists the way forward in the error, and says when closed', () => {
    expect(() => transition('valid', 'closed')).toThrow('may move to: handled');
    expect(() => transition('closed', 'received')).toThrow('it is closed');
    expect(allowedNext('investigating')).toEqual(['valid', 'not_valid']);
  });
});
