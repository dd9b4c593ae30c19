import { describe, expect, it } from 'vitest';
import { applicationsFromJson, applyMapping } from '../../../src-shared/import';
import type { ColumnMapping, ImportTable } from '../../../src-shared/import';
import { idNamesPlace } from '../../../src-shared/import/id-names';

/*
 * Ids are carried unchanged into anonymised packages, so an imported id that
 * names the applicant or any municipality is replaced at import.
 */

describe('idNamesPlace', () => {
  it.each([
    ['Tallmora-1', 'Tallmora kommun'],
    ['TALLMORA', 'Tallmora kommun'],
    ['ansokan-tallmorakommun', 'Tallmora kommun'],
    ['Sala-2024', 'Tallmora kommun'],
    ['rattvik', 'Tallmora kommun'],
    ['Rättvik_3', 'Tallmora kommun'],
    ['2024-malmo', 'Tallmora kommun'],
    ['Upplands-Vasby-1', 'Tallmora kommun'],
    ['ale2', 'Tallmora kommun'],
    ['Åre', 'Tallmora kommun'],
    ['region.gotland', 'Region Gotland'],
  ])('%s names a place (applicant %s)', (id, applicant) => {
    expect(idNamesPlace(id, applicant)).toBe(true);
  });

  it.each([['app-001'], ['Nr-3'], ['A12'], ['2024-05-17'], ['sale-5'], ['skill.7']])(
    '%s names no place',
    (id) => {
      expect(idNamesPlace(id, 'Tallmora kommun')).toBe(false);
    },
  );
});

describe('importing an id that names a place', () => {
  const headers = ['Id', 'Kommun', 'Ledning'];
  const mapping: ColumnMapping = ['id', 'applicant', 'section'];
  const table = (rows: string[][]): ImportTable => ({ headers, rows, encoding: 'utf-8' });

  it('replaces the id with a generated one and says so in the row report', () => {
    const result = applyMapping(
      table([
        ['Tallmora-2024', 'Tallmora kommun', 'Text.'],
        ['Nr 7', 'Sjöbacka kommun', 'Text.'],
        ['Hudiksvall', 'Ängsholms kommun', 'Text.'],
      ]),
      mapping,
    );
    expect(result.applications.map((a) => [a.id, a.applicant])).toEqual([
      ['app-001', 'Tallmora kommun'],
      ['Nr-7', 'Sjöbacka kommun'],
      ['app-002', 'Ängsholms kommun'],
    ]);
    expect(result.report[0]).toMatchObject({
      row: 2,
      status: 'warning',
      issues: [{ code: 'ID_REPLACED', column: 'Id' }],
    });
    expect(result.report[2]).toMatchObject({
      row: 4,
      status: 'warning',
      issues: [{ code: 'ID_REPLACED', column: 'Id' }],
    });
    expect(result.summary).toMatchObject({ imported: 3, skipped: 0, warnings: 3 });
  });

  it('does the same for the application JSON', () => {
    const result = applicationsFromJson({
      applications: [
        { id: 'sala-1', applicant: 'Sala kommun', sections: [{ title: 'L', text: 'T' }] },
        { id: 'x-1', applicant: 'Tallmora kommun', sections: [{ title: 'L', text: 'T' }] },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.applications.map((a) => a.id)).toEqual(['app-001', 'x-1']);
    expect(result.rowIssues).toEqual([
      {
        row: 1,
        status: 'warning',
        issues: [
          {
            code: 'ID_REPLACED',
            column: 'id',
            detail: 'id "sala-1" names a place; a new id is generated',
          },
        ],
      },
    ]);
  });
});
