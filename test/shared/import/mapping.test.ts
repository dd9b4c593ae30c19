import { describe, expect, it } from 'vitest';
import { applyMapping, previewRows, suggestMapping } from '../../../src-shared/import';
import type { ColumnMapping, ImportTable } from '../../../src-shared/import';

const HEADERS = ['Kommun', 'Kontaktperson', 'E-post', 'Invånare', 'Län', 'Ledning', 'Användning'];
const MAPPING: ColumnMapping = [
  'applicant',
  'contact1.name',
  'contact1.email',
  'fact',
  'fact',
  'section',
  'section',
];

function row(name: string, extra: Partial<Record<number, string>> = {}): string[] {
  const base = [
    `${name} kommun`,
    'Ingrid Halvarsson',
    `ingrid@${name.toLowerCase()}.se`,
    '14 200',
    'Dalarnas län',
    `${name}s ledning prioriterar e-hälsa.`,
    `${name}borna använder e-tjänster.`,
  ];
  for (const [i, v] of Object.entries(extra)) base[Number(i)] = v ?? '';
  return base;
}

function tableOf(rows: string[][], headers = HEADERS, headerRow?: number): ImportTable {
  return { headers, rows, encoding: 'utf-8', ...(headerRow ? { headerRow } : {}) };
}

describe('applyMapping', () => {
  it('builds applications from mapped columns', () => {
    const result = applyMapping(tableOf([row('Tallmora'), row('Sjöbacka')]), MAPPING);
    expect(result.applications).toEqual([
      {
        id: 'app-001',
        applicant: 'Tallmora kommun',
        contacts: [{ name: 'Ingrid Halvarsson', email: 'ingrid@tallmora.se', phone: '' }],
        sections: [
          { title: 'Ledning', text: 'Tallmoras ledning prioriterar e-hälsa.' },
          { title: 'Användning', text: 'Tallmoraborna använder e-tjänster.' },
        ],
        facts: { population: 14200, county: 'Dalarnas län' },
      },
      expect.objectContaining({ id: 'app-002', applicant: 'Sjöbacka kommun' }),
    ]);
    expect(result.report).toEqual([
      { row: 2, status: 'imported', issues: [] },
      { row: 3, status: 'imported', issues: [] },
    ]);
    expect(result.summary).toEqual({
      total: 2,
      imported: 2,
      skipped: 0,
      warnings: 0,
      unknownColumns: [],
    });
  });

  it('skips and reports empty rows with Excel row numbers', () => {
    const empty = HEADERS.map(() => '');
    const result = applyMapping(
      tableOf([row('Tallmora'), empty, row('Sjöbacka')], HEADERS, 3),
      MAPPING,
    );
    expect(result.report.map((r) => [r.row, r.status, r.issues.map((i) => i.code)])).toEqual([
      [4, 'imported', []],
      [5, 'skipped', ['EMPTY_ROW']],
      [6, 'imported', []],
    ]);
    expect(result.applications.map((a) => a.id)).toEqual(['app-001', 'app-002']);
  });

  it('skips duplicate ids and applicants, keeping the first', () => {
    const headers = ['Id', ...HEADERS];
    const mapping: ColumnMapping = ['id', ...MAPPING];
    const rows = [
      ['A1', ...row('Tallmora')],
      ['A2', ...row('Sjöbacka')],
      ['A1', ...row('Norrlinge')],
      ['A3', ...row('tallmora', { 0: ' TALLMORA   kommun ' })],
      ['A4', ...row('Håbo')],
      ['A5', ...row('Habo')],
    ];
    const result = applyMapping(tableOf(rows, headers), mapping);
    expect(result.applications.map((a) => a.id)).toEqual(['A1', 'A2', 'A4', 'A5']);
    expect(result.report[2]).toEqual({
      row: 4,
      status: 'skipped',
      issues: [{ code: 'DUPLICATE_ID', column: 'Id', detail: 'same as row 2' }],
    });
    expect(result.report[3]).toEqual({
      row: 5,
      status: 'skipped',
      issues: [{ code: 'DUPLICATE_APPLICANT', column: 'Kommun', detail: 'same as row 2' }],
    });
  });

  it('checks against ids and applicants already in the round', () => {
    const result = applyMapping(
      tableOf([row('Tallmora'), row('Sjöbacka'), row('Norrlinge')]),
      MAPPING,
      {
        existingIds: new Set(['app-001']),
        existingApplicants: new Set(['sjöbacka KOMMUN']),
      },
    );
    expect(result.applications.map((a) => [a.id, a.applicant])).toEqual([
      ['app-002', 'Tallmora kommun'],
      ['app-003', 'Norrlinge kommun'],
    ]);
    expect(result.report[1]?.issues).toEqual([
      { code: 'DUPLICATE_APPLICANT', column: 'Kommun', detail: 'already in the round' },
    ]);
  });

  it('reports unknown columns once, on the header row', () => {
    const headers = [...HEADERS, 'Kommentar', ''];
    const rows = [
      [...row('Tallmora'), 'intern notering', ''],
      [...row('Sjöbacka'), '', 'x'],
    ];
    const result = applyMapping(tableOf(rows, headers), [...MAPPING, 'ignore', 'ignore']);
    expect(result.report[0]).toEqual({
      row: 1,
      status: 'warning',
      issues: [
        { code: 'UNKNOWN_COLUMN', column: 'Kommentar' },
        { code: 'UNKNOWN_COLUMN', column: 'I' },
      ],
    });
    expect(result.summary.unknownColumns).toEqual(['Kommentar', 'I']);
    expect(result.summary.total).toBe(2);
    expect(result.applications).toHaveLength(2);
  });

  it('skips rows with over-long text instead of cutting them', () => {
    const rows = [
      row('Tallmora', { 5: 'x'.repeat(100_001) }),
      row('Sjöbacka', { 0: 'S'.repeat(201) }),
      row('Norrlinge', { 1: 'N'.repeat(201) }),
      row('Ekstrand', { 4: 'E'.repeat(201) }),
      row('Granlunda', { 5: 'g'.repeat(100_000) }),
    ];
    const result = applyMapping(tableOf(rows), MAPPING);
    expect(result.report.map((r) => [r.status, r.issues[0]?.code, r.issues[0]?.column])).toEqual([
      ['skipped', 'TOO_LONG', 'Ledning'],
      ['skipped', 'TOO_LONG', 'Kommun'],
      ['skipped', 'TOO_LONG', 'Kontaktperson'],
      ['skipped', 'TOO_LONG', 'Län'],
      ['imported', undefined, undefined],
    ]);
    expect(result.applications.map((a) => a.applicant)).toEqual(['Granlunda kommun']);
  });

  it('imports rows with remarks as warnings', () => {
    const rows = [
      row('Tallmora', { 5: 'TallmoraÂ s ledning Ã¤r stark' }),
      row('Sjöbacka', { 2: '070-174 06 11' }),
      row('Norrlinge', { 3: 'ca 9 000' }),
    ];
    const result = applyMapping(tableOf(rows), MAPPING);
    expect(result.report).toEqual([
      { row: 2, status: 'warning', issues: [{ code: 'BROKEN_ENCODING', column: 'Ledning' }] },
      { row: 3, status: 'warning', issues: [{ code: 'INVALID_EMAIL', column: 'E-post' }] },
      {
        row: 4,
        status: 'warning',
        issues: [{ code: 'INVALID', column: 'Invånare', detail: 'not a number; kept as text' }],
      },
    ]);
    expect(result.applications[2]?.facts['population']).toBe('ca 9 000');
    expect(result.summary).toMatchObject({ imported: 3, skipped: 0, warnings: 3 });
  });

  it('repairs, refuses and reserves written ids', () => {
    const headers = ['Ansökningsnummer', ...HEADERS];
    const mapping: ColumnMapping = ['id', ...MAPPING];
    const rows = [
      ['', ...row('Tallmora')],
      ['Nr 3', ...row('Sjöbacka')],
      ['###', ...row('Norrlinge')],
      ['app-001', ...row('Ekstrand')],
      ['', ...row('Granlunda')],
    ];
    const result = applyMapping(tableOf(rows, headers), mapping);
    expect(result.applications.map((a) => a.id)).toEqual(['app-002', 'Nr-3', 'app-001', 'app-003']);
    expect(result.report[1]?.issues).toEqual([
      { code: 'INVALID', column: 'Ansökningsnummer', detail: 'id "Nr 3" stored as "Nr-3"' },
    ]);
    expect(result.report[2]).toMatchObject({ status: 'skipped', issues: [{ code: 'INVALID' }] });
  });

  it('reports a mapping without an applicant column on the header and on every row', () => {
    const mapping: ColumnMapping = ['ignore', ...MAPPING.slice(1)];
    const result = applyMapping(tableOf([row('Tallmora')]), mapping);
    expect(result.applications).toEqual([]);
    expect(result.report[0]?.issues).toContainEqual({
      code: 'MISSING_APPLICANT',
      detail: 'no column is mapped to the applicant',
    });
    expect(result.report[1]).toEqual({
      row: 2,
      status: 'skipped',
      issues: [{ code: 'MISSING_APPLICANT' }],
    });
  });

  it('treats a target that is not one (e.g. from IPC) as an ignored column', () => {
    const headers = ['Kommun', 'Län'];
    const mapping = ['applicant', 'contact9.name'] as unknown as ColumnMapping;
    const result = applyMapping(tableOf([['Tallmora', 'Dalarnas län']], headers), mapping);
    expect(result.report[0]?.issues).toEqual([{ code: 'UNKNOWN_COLUMN', column: 'Län' }]);
    expect(result.applications[0]?.facts).toEqual({});
  });

  it('uses the first of two columns mapped to one field and says so', () => {
    const headers = ['Kommun', 'Namn på kommunen'];
    const result = applyMapping(tableOf([['Tallmora', 'Annat']], headers), [
      'applicant',
      'applicant',
    ]);
    expect(result.applications[0]?.applicant).toBe('Tallmora');
    expect(result.report[0]?.issues).toEqual([
      {
        code: 'INVALID',
        column: 'Namn på kommunen',
        detail: 'also mapped to applicant; only column Kommun is used',
      },
    ]);
  });

  it('never turns a header into a prototype key, and cuts over-long titles', () => {
    const title = 'T'.repeat(250);
    const headers = ['Kommun', '__proto__', 'constructor', title, 'Egen uppgift'];
    const rows = [['Tallmora', '{"polluted":1}', 'x', 'text', 'värde']];
    const result = applyMapping(tableOf(rows, headers), [
      'applicant',
      'fact',
      'fact',
      'section',
      'fact',
    ]);
    expect(Object.prototype).not.toHaveProperty('polluted');
    const app = result.applications[0];
    expect(Object.getPrototypeOf(app?.facts)).toBe(Object.prototype);
    expect(app?.facts).toEqual({ 'Egen uppgift': 'värde' });
    expect(app?.sections[0]?.title).toHaveLength(200);
    expect(result.report[0]?.issues.map((i) => i.code)).toEqual(['INVALID', 'INVALID', 'TOO_LONG']);
  });

  it('is deterministic and agrees with previewRows', () => {
    const rows = [row('Tallmora'), HEADERS.map(() => ''), row('Sjöbacka'), row('Norrlinge')];
    const t = tableOf(rows);
    const mapping = suggestMapping(t.headers, t.rows).mapping;
    const a = applyMapping(t, mapping);
    expect(applyMapping(t, mapping)).toEqual(a);
    const preview = previewRows(t, mapping, 3);
    expect(preview.map((p) => [p.row, p.status, p.application?.id ?? null])).toEqual([
      [2, 'imported', 'app-001'],
      [3, 'skipped', null],
      [4, 'imported', 'app-002'],
    ]);
    expect(preview[0]?.application).toEqual(a.applications[0]);
    expect(previewRows(t, mapping, 0)).toEqual([]);
  });
});
