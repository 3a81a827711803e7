import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { runDialList, runExport } from './test-support/run-filters.js';
import { csvField, mobileNumber, note, spell, spelling } from './test-support/spellings.js';

/**
 * The invariant: no blacklisted number leaks, whatever its spelling. Rows
 * carry an id, so a leak is detected from the input side, independently of
 * how the filter itself normalises.
 */
const row = (pool: fc.Arbitrary<string>) =>
  fc.record({
    mobile: pool,
    spelling,
    quoted: fc.boolean(),
    garbage: fc.constantFrom(null, null, null, null, null, null, null, null, 'n/a', '123', ''),
    note,
  });

const scenario = fc.uniqueArray(mobileNumber, { minLength: 1, maxLength: 15 }).chain((blacklist) =>
  fc.record({
    blacklist: fc.constant(blacklist),
    rows: fc.array(row(fc.oneof(fc.constantFrom(...blacklist), mobileNumber)), { maxLength: 40 }),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    chunkBytes: fc.option(fc.integer({ min: 1, max: 64 }), { nil: undefined }),
  }),
);

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function toCsv({ rows, eol }: Scenario): string {
  const lines = rows.map((r, id) => {
    const phone = r.garbage ?? spell(r.mobile, r.spelling);
    return [String(id), csvField(r.note), csvField(phone, r.quoted)].join(',');
  });
  return ['id,note,phone', ...lines].join(eol) + eol;
}

function outputRows(output: string): { id: number; phone: string }[] {
  const records = parse(output, { columns: true, relax_column_count: true }) as Record<
    string,
    string
  >[];
  return records.map((r) => ({ id: Number(r.id), phone: r.phone }));
}

describe('blacklist invariant (property)', () => {
  it('filterDialList never exports a blacklisted number, and its counts match a model', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const { counts, output } = await runDialList(toCsv(s), s.blacklist, {
          chunkBytes: s.chunkBytes,
        });
        const blacklisted = new Set(s.blacklist);
        const exported = outputRows(output);

        for (const { id, phone } of exported) {
          expect(blacklisted.has(s.rows[id].mobile)).toBe(false);
          expect(blacklisted.has(phone)).toBe(false);
          expect(phone).toBe(s.rows[id].mobile);
        }

        // Model: invalid first, then the first occurrence wins, then the blacklist.
        const seen = new Set<string>();
        const expected = {
          input: s.rows.length,
          invalid: 0,
          duplicates: 0,
          blacklisted: 0,
          exported: 0,
        };
        const expectedIds: number[] = [];
        s.rows.forEach((r, id) => {
          if (r.garbage !== null) {
            expected.invalid++;
          } else if (seen.has(r.mobile)) {
            expected.duplicates++;
          } else if (blacklisted.has(r.mobile)) {
            seen.add(r.mobile);
            expected.blacklisted++;
          } else {
            seen.add(r.mobile);
            expected.exported++;
            expectedIds.push(id);
          }
        });
        expect(counts).toEqual(expected);
        expect(exported.map((r) => r.id)).toEqual(expectedIds);
      }),
      { numRuns: 300 },
    );
  });

  it('filterExport drops numbers blacklisted after upload, from processed or raw lists', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, fc.array(mobileNumber, { maxLength: 5 }), async (s, unrelated) => {
        const csv = toCsv(s);
        const processed = (await runDialList(csv, [])).output;
        const later = [...s.blacklist, ...unrelated];
        const blacklisted = new Set(later);
        for (const input of [processed, csv]) {
          const { exported, output } = await runExport(input, later, { chunkBytes: s.chunkBytes });
          const rows = outputRows(output);
          expect(rows).toHaveLength(exported);
          for (const { id, phone } of rows) {
            expect(blacklisted.has(s.rows[id].mobile)).toBe(false);
            expect(blacklisted.has(phone)).toBe(false);
          }
        }
        const kept = outputRows(processed).filter((r) => !blacklisted.has(r.phone));
        expect((await runExport(processed, later)).exported).toBe(kept.length);
      }),
      { numRuns: 200 },
    );
  });
});
