import { describe, expect, it } from 'vitest';
import { readTable } from '../../../src-main/services/import';
import { ApplicationSchema } from '../../../src-shared/domain/round';
import { applyMapping, suggestMapping } from '../../../src-shared/import';
import type { ImportTable } from '../../../src-shared/import';
import { fixture } from './helpers';

/* File → table → suggested mapping → applications, as the import screen does it. */

async function readFixture(name: string): Promise<ImportTable> {
  const result = await readTable(fixture(name), name);
  if (!result.ok) throw new Error(result.error.message);
  return result.table;
}

describe('import pipeline', () => {
  it('imports all nine applications of the Swedish fixture without remarks', async () => {
    const table = await readFixture('applications-9-semicolon.csv');
    const { mapping, unknownColumns } = suggestMapping(table.headers, table.rows);
    expect(unknownColumns).toEqual([]);
    const result = applyMapping(table, mapping);
    expect(result.summary).toEqual({
      total: 9,
      imported: 9,
      skipped: 0,
      warnings: 0,
      unknownColumns: [],
    });
    expect(result.applications.map((a) => a.id)).toEqual(
      Array.from({ length: 9 }, (_, i) => `app-00${i + 1}`),
    );
    for (const app of result.applications) {
      expect(ApplicationSchema.parse(app)).toEqual(app);
      expect(app.sections.map((s) => s.title)).toEqual([
        'Ledning',
        'Infrastruktur',
        'Kompetens',
        'Användning',
      ]);
      expect(typeof app.facts['population']).toBe('number');
      expect(app.contacts).toHaveLength(1);
    }
    const tallmora = result.applications[0];
    expect(tallmora?.facts).toEqual({
      population: 10840,
      county: 'Dalarnas län',
      municipalityGroup: 'Landsbygdskommun med besöksnäring',
    });
    expect(tallmora?.contacts[0]).toEqual({
      name: 'Ingrid Halvarsson',
      email: 'ingrid.halvarsson@tallmora.se',
      phone: '070-174 06 10',
    });
    // The texts name the applicant in the genitive and in compounds (anonymiser material).
    expect(tallmora?.sections.map((s) => s.text).join(' ')).toMatch(
      /Tallmora kommuns.*Tallmoranätet/,
    );
  });

  it('reports the messy fixture row by row', async () => {
    const table = await readFixture('applications-messy.csv');
    expect(table.separator).toBe(',');
    const { mapping, unknownColumns } = suggestMapping(table.headers, table.rows);
    expect(mapping).toEqual([
      'id',
      'applicant',
      'contact1.name',
      'contact1.email',
      'ignore',
      'section',
    ]);
    expect(unknownColumns).toEqual([4]);
    const result = applyMapping(table, mapping);
    expect(result.report).toEqual([
      {
        row: 1,
        status: 'warning',
        issues: [{ code: 'UNKNOWN_COLUMN', column: 'Intern kommentar' }],
      },
      { row: 2, status: 'imported', issues: [] },
      { row: 3, status: 'imported', issues: [] },
      { row: 4, status: 'skipped', issues: [{ code: 'EMPTY_ROW' }] },
      {
        row: 5,
        status: 'skipped',
        issues: [{ code: 'DUPLICATE_ID', column: 'Id', detail: 'same as row 2' }],
      },
      {
        row: 6,
        status: 'skipped',
        issues: [{ code: 'DUPLICATE_APPLICANT', column: 'Kommun', detail: 'same as row 3' }],
      },
      { row: 7, status: 'warning', issues: [{ code: 'INVALID_EMAIL', column: 'E-post' }] },
      { row: 8, status: 'imported', issues: [] },
    ]);
    expect(result.applications.map((a) => a.id)).toEqual(['A-1', 'A-2', 'A-5', 'app-001']);
    expect(result.applications[0]?.sections[0]?.text).toBe(
      'Tallmora kommuns ledning, med socialnämnden, följer upp planen.\nUppföljningen sker varje kvartal.',
    );
    expect(result.applications[1]?.sections[0]?.text).toBe(
      'Sjöbackas råd har "två platser" för brukare.',
    );
    expect(result.summary).toEqual({
      total: 7,
      imported: 4,
      skipped: 3,
      warnings: 1,
      unknownColumns: ['Intern kommentar'],
    });
  });

  it('flags mojibake when reading and again when importing', async () => {
    const result = await readTable(fixture('applications-mojibake.csv'), 'm.csv');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.table.encoding).toBe('utf-8');
    expect(result.warnings.map((w) => [w.code, w.row])).toEqual([
      ['BROKEN_ENCODING', 3],
      ['BROKEN_ENCODING', 4],
    ]);
    const mapped = applyMapping(result.table, suggestMapping(result.table.headers).mapping);
    expect(mapped.report.map((r) => [r.row, r.status, r.issues.map((i) => i.column)])).toEqual([
      [2, 'imported', []],
      [3, 'warning', ['Kommun', 'Län', 'Ledning']],
      [4, 'warning', ['Ledning']],
      [5, 'imported', []],
    ]);
    expect(mapped.report[1]?.issues.every((i) => i.code === 'BROKEN_ENCODING')).toBe(true);
  });
});
