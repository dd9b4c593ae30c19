import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApplicationSchema } from '../../../src-shared/domain/round';
import {
  applicantKey,
  applicationsFromJson,
  applyMapping,
  MAPPING_TARGETS,
  suggestMapping,
} from '../../../src-shared/import';
import type { ImportTable, MappingTarget } from '../../../src-shared/import';

const HEADER_POOL = [
  'Kommun',
  'Id',
  'Kontaktperson',
  'E-post',
  'Invånare',
  'Län',
  'Ledning',
  'Kommentar',
  '',
  '__proto__',
  'constructor',
];
const CELL_POOL = [
  '',
  '',
  'Tallmora',
  'tallmora',
  'Sjöbacka',
  'A1',
  'Nr 3',
  '14 200',
  'Ã¤',
  'x@y.se',
];

const cell = fc.oneof(fc.constantFrom(...CELL_POOL), fc.string({ maxLength: 12 }));

const mappingArb = (width: number): fc.Arbitrary<MappingTarget[]> =>
  fc.array(fc.constantFrom(...MAPPING_TARGETS), { minLength: width, maxLength: width });

/** A table and either a random mapping or null (= use the suggestion). */
const caseArb = fc.integer({ min: 1, max: 6 }).chain((width) =>
  fc.record({
    headers: fc.array(fc.constantFrom(...HEADER_POOL), { minLength: width, maxLength: width }),
    rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 15 }),
    headerRow: fc.integer({ min: 1, max: 4 }),
    mapping: fc.option(mappingArb(width)),
  }),
);

describe('applyMapping properties', () => {
  it('reports every row once, imports only valid unique applications, and is deterministic', () => {
    fc.assert(
      fc.property(caseArb, ({ headers, rows, headerRow, mapping: chosen }) => {
        const table: ImportTable = { headers, rows, headerRow, encoding: 'utf-8' };
        const mapping = chosen ?? suggestMapping(headers, rows).mapping;
        const result = applyMapping(table, mapping);

        const dataReports = result.report.filter((r) => r.row > headerRow);
        expect(dataReports.map((r) => r.row)).toEqual(rows.map((_, i) => headerRow + 1 + i));
        expect(result.summary.total).toBe(table.rows.length);
        expect(result.summary.imported).toBe(result.applications.length);
        expect(result.summary.imported + result.summary.skipped).toBe(table.rows.length);
        expect(result.summary.warnings).toBe(
          dataReports.filter((r) => r.status === 'warning').length,
        );
        for (const r of dataReports) {
          if (r.status === 'skipped') expect(r.issues.length).toBeGreaterThan(0);
          if (r.status === 'imported') expect(r.issues).toEqual([]);
        }
        for (const app of result.applications) {
          expect(ApplicationSchema.safeParse(app).success).toBe(true);
        }
        const ids = result.applications.map((a) => a.id);
        expect(new Set(ids).size).toBe(ids.length);
        const names = result.applications.map((a) => applicantKey(a.applicant));
        expect(new Set(names).size).toBe(names.length);
        expect(applyMapping(table, mapping)).toEqual(result);
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      { numRuns: 300 },
    );
  });
});

describe('applicationsFromJson properties', () => {
  it('never throws on random JSON values and leaves Object.prototype alone', () => {
    const value = fc.oneof(
      fc.jsonValue(),
      fc.record({ applications: fc.array(fc.jsonValue(), { maxLength: 8 }) }),
      fc.record({
        applications: fc.array(
          fc.record(
            {
              id: fc.oneof(fc.string(), fc.integer()),
              applicant: fc.oneof(fc.string(), fc.constant('Tallmora kommun')),
              facts: fc.dictionary(fc.string(), fc.jsonValue()),
              sections: fc.array(fc.jsonValue()),
            },
            { requiredKeys: [] },
          ),
          { maxLength: 8 },
        ),
      }),
    );
    fc.assert(
      fc.property(value, (v) => {
        const result = applicationsFromJson(v);
        if (result.ok) {
          for (const app of result.applications) {
            expect(ApplicationSchema.safeParse(app).success).toBe(true);
          }
          expect(result.summary.imported + result.summary.skipped).toBe(result.summary.total);
        } else {
          expect(['MALFORMED', 'EMPTY', 'TOO_LARGE', 'UNSUPPORTED']).toContain(result.error.code);
        }
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      { numRuns: 300 },
    );
  });
});
