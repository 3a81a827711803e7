import type { PopulationCall } from '../domain/index.js';
import { decodePopulation, encodePopulation } from './population-codec.js';

const byId = (calls: PopulationCall[]) =>
  [...calls].sort((a, b) => Number(a.callId) - Number(b.callId));

describe('population codec', () => {
  it('round-trips ids, agents and every flag combination, in any input order', () => {
    const calls: PopulationCall[] = [
      { callId: 9, agentCode: 'A1', flagged: false, recheck: true, alreadyReviewed: true },
      { callId: 7, agentCode: 'A1', flagged: false, recheck: false, alreadyReviewed: false },
      { callId: 3, agentCode: 'A2', flagged: true, recheck: false, alreadyReviewed: false },
      { callId: 12, agentCode: 'A3', flagged: true, recheck: true, alreadyReviewed: true },
    ];
    expect(byId(decodePopulation(encodePopulation(calls)))).toEqual(byId(calls));
  });

  it('stores ids as differences and each agent code once', () => {
    const calls = Array.from({ length: 1000 }, (_, i) => ({
      callId: 500_000 + i,
      agentCode: i % 2 ? 'A0001' : 'A0002',
      flagged: i === 10,
      recheck: false,
      alreadyReviewed: false,
    }));
    const text = encodePopulation(calls);
    expect(text.match(/A0001/g)).toHaveLength(1);
    expect(text.length).toBeLessThan(4_000);
    const decoded = decodePopulation(text);
    expect(byId(decoded)).toEqual(calls);
  });

  it('refuses an encoding it does not know', () => {
    expect(() => decodePopulation('{"v":2}')).toThrow(/v2/);
  });
});
