import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { inspectZip, readTable } from '../../../src-main/services/import';
import type { ImportTable, TableReadResult } from '../../../src-shared/import';
import { fixture } from './helpers';
import { part, patchCentral, rezip, workbook } from './zip-helpers';

function table(result: TableReadResult): ImportTable {
  if (!result.ok)
    throw new Error(`expected a table, got ${result.error.code}: ${result.error.message}`);
  return result.table;
}

const HEADER = ['Kommun', 'Invånare', 'Beslutsdatum', 'Godkänd', 'Ledning'];

async function smallWorkbook(): Promise<Uint8Array> {
  return workbook([
    HEADER,
    ['Tallmora kommun', 14200, new Date(Date.UTC(2024, 3, 15)), true, 'Rad ett.\nRad två.'],
    ['Sjöbacka kommun', 12.5, null, false, 'Sjöbackas text'],
  ]);
}

describe('readTable: XLSX written by write-excel-file', () => {
  it('reads the first sheet into strings: numbers as written, dates as ISO dates', async () => {
    const t = table(await readTable(await smallWorkbook(), 'ansokningar.xlsx'));
    expect(t.sheetName).toBe('Ansökningar');
    expect(t.encoding).toBe('utf-8');
    expect(t.separator).toBeUndefined();
    expect(t.headers).toEqual(HEADER);
    expect(t.rows).toEqual([
      ['Tallmora kommun', '14200', '2024-04-15', 'TRUE', 'Rad ett.\nRad två.'],
      ['Sjöbacka kommun', '12.5', '', 'FALSE', 'Sjöbackas text'],
    ]);
  });

  it('reads the 9-row fixture written as a workbook exactly like the CSV', async () => {
    const csv = table(await readTable(fixture('applications-9-semicolon.csv'), 'a.csv'));
    const bytes = await workbook([csv.headers, ...csv.rows]);
    const t = table(await readTable(bytes, 'a.xlsx'));
    expect(t.headers).toEqual(csv.headers);
    expect(t.rows).toEqual(csv.rows);
  });

  it('recognises a workbook by its content even when named .csv', async () => {
    const t = table(await readTable(await smallWorkbook(), 'renamed.csv'));
    expect(t.sheetName).toBe('Ansökningar');
  });

  it('skips blank rows above the header and keeps Excel row numbers', async () => {
    const bytes = await workbook([[null], [null], ['Kommun', 'Län'], ['Tallmora', 'Dalarnas län']]);
    const t = table(await readTable(bytes, 'a.xlsx'));
    expect(t.headerRow).toBe(3);
    expect(t.rows).toEqual([['Tallmora', 'Dalarnas län']]);
  });

  it('reads a workbook large enough for the asynchronous unzip path', async () => {
    const text = 'Vi har infört digital nattillsyn i hela kommunen. '.repeat(8);
    const rows = Array.from({ length: 1500 }, (_, i) => [`Kommun ${i}`, `${text}${i}`]);
    const bytes = await workbook([['Kommun', 'Ledning'], ...rows]);
    const t = table(await readTable(bytes, 'a.xlsx'));
    expect(t.rows).toHaveLength(1500);
    expect(t.rows[1499]).toEqual(['Kommun 1499', `${text}1499`]);
  });
});

describe('readTable: hostile workbooks', () => {
  it('refuses an archive with too many entries', async () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 1001; i++) files[`xl/part${i}.xml`] = new Uint8Array([0x3c]);
    const result = await readTable(zipSync(files), 'bomb.xlsx');
    expect(result).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
  });

  it('refuses a small entry that would inflate to 20 MiB (compression ratio)', async () => {
    const zeros = new Uint8Array(20 * 1024 * 1024);
    const bytes = rezip(await smallWorkbook(), { 'xl/worksheets/sheet1.xml': zeros });
    expect(bytes.length).toBeLessThan(200 * 1024);
    const check = inspectZip(bytes);
    expect(check).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
    expect(!check.ok && check.error.message).toContain('zip bomb');
    expect(await readTable(bytes, 'bomb.xlsx')).toMatchObject({ error: { code: 'TOO_LARGE' } });
  });

  it('refuses an entry that declares 300 MiB, without inflating it', async () => {
    const bytes = patchCentral(
      await smallWorkbook(),
      'xl/sharedStrings.xml',
      24,
      300 * 1024 * 1024,
    );
    expect(await readTable(bytes, 'big.xlsx')).toMatchObject({ error: { code: 'TOO_LARGE' } });
  });

  it('refuses entry names with "..", absolute paths or backslashes', async () => {
    for (const name of ['../../evil.xml', '/etc/evil.xml', 'xl\\..\\evil.xml', 'C:/evil.xml']) {
      const bytes = rezip(await smallWorkbook(), { [name]: '<x/>' });
      expect(await readTable(bytes, 'a.xlsx')).toMatchObject({ error: { code: 'MALFORMED' } });
    }
  });

  it('refuses symbolic links', async () => {
    const bytes = zipSync({
      'xl/workbook.xml': [new Uint8Array([0x3c]), { os: 3, attrs: (0o120777 << 16) >>> 0 }],
    });
    expect(await readTable(bytes, 'a.xlsx')).toMatchObject({ error: { code: 'MALFORMED' } });
  });

  it('refuses encrypted entries and archives that are not workbooks', async () => {
    const encrypted = patchCentral(await smallWorkbook(), 'xl/workbook.xml', 8, 1, 2);
    expect(await readTable(encrypted, 'a.xlsx')).toMatchObject({ error: { code: 'UNSUPPORTED' } });
    const notWorkbook = zipSync({ 'word/document.xml': new Uint8Array([0x3c]) });
    expect(await readTable(notWorkbook, 'a.xlsx')).toMatchObject({ error: { code: 'MALFORMED' } });
  });

  it('refuses XML with a DOCTYPE (entity expansion)', async () => {
    const original = await smallWorkbook();
    const strings = part(original, 'xl/sharedStrings.xml').replace(
      '?>',
      '?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>',
    );
    const bytes = rezip(original, { 'xl/sharedStrings.xml': strings });
    expect(await readTable(bytes, 'a.xlsx')).toMatchObject({ error: { code: 'MALFORMED' } });
  });

  it('refuses a tiny sheet with a cell far outside the caps, before parsing it', async () => {
    const original = await smallWorkbook();
    const sheet = part(original, 'xl/worksheets/sheet1.xml');
    const far = sheet.replace(
      '</sheetData>',
      '<row r="1000000"><c r="XFD1000000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
    );
    const result = await readTable(rezip(original, { 'xl/worksheets/sheet1.xml': far }), 'a.xlsx');
    expect(result).toMatchObject({ error: { code: 'TOO_LARGE' } });

    const wide = sheet.replace(
      '</sheetData>',
      '<row r="4"><c r="GT4" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
    );
    expect(
      await readTable(rezip(original, { 'xl/worksheets/sheet1.xml': wide }), 'a.xlsx'),
    ).toMatchObject({ error: { code: 'TOO_LARGE' } });

    const offGrid = sheet.replace('r="A1"', 'r="ZZZZ1"');
    expect(
      await readTable(rezip(original, { 'xl/worksheets/sheet1.xml': offGrid }), 'a.xlsx'),
    ).toMatchObject({ error: { code: 'MALFORMED' } });
  });

  it('reads only the first of several sheets, but holds every sheet to the caps', async () => {
    const twoSheets = async (second: (string | null)[][]): Promise<Uint8Array> =>
      new Uint8Array(
        await writeXlsxFile([
          { sheet: 'Ansökningar', data: [['Kommun'], ['Tallmora kommun']] },
          { sheet: 'Övrigt', data: second },
        ]).toBuffer(),
      );
    const t = table(await readTable(await twoSheets([['Anteckning'], ['x']]), 'a.xlsx'));
    expect(t.sheetName).toBe('Ansökningar');
    expect(t.rows).toEqual([['Tallmora kommun']]);
    const wide = [Array.from({ length: 201 }, (_, i) => `k${i}`)];
    expect(await readTable(await twoSheets(wide), 'a.xlsx')).toMatchObject({
      error: { code: 'TOO_LARGE' },
    });
  });

  it('ignores formatting-only cells far to the right', async () => {
    const original = await smallWorkbook();
    const sheet = part(original, 'xl/worksheets/sheet1.xml').replace(
      '</sheetData>',
      '<row r="4"><c r="ZZ4" s="1"/></row></sheetData>',
    );
    const t = table(
      await readTable(rezip(original, { 'xl/worksheets/sheet1.xml': sheet }), 'a.xlsx'),
    );
    expect(t.headers).toEqual(HEADER);
    expect(t.rows).toHaveLength(2);
  });

  it('turns truncated and random workbooks into MALFORMED', async () => {
    const original = await smallWorkbook();
    const truncated = original.slice(0, Math.floor(original.length / 2));
    expect(await readTable(truncated, 'a.xlsx')).toMatchObject({ error: { code: 'MALFORMED' } });
    const random = Uint8Array.from({ length: 5000 }, (_, i) => (i * 2654435761) % 251);
    random.set([0x50, 0x4b, 0x03, 0x04]);
    expect(await readTable(random, 'a.xlsx')).toMatchObject({ error: { code: 'MALFORMED' } });
    const damaged = original.slice();
    const at = damaged.length - 400;
    for (let i = at; i < at + 50; i++) damaged[i] = 0xff;
    const result = await readTable(damaged, 'a.xlsx');
    expect(result.ok).toBe(false);
  });
});
