import { describe, expect, it } from 'vitest';
import { detectSeparator, IMPORT_LIMITS, readTable } from '../../../src-main/services/import';
import type { ImportTable, TableReadResult } from '../../../src-shared/import';
import { cp1252, fixture, mojibake, toCsv, utf8 } from './helpers';

const HEADERS = [
  'Kommun',
  'Kontaktperson',
  'E-post',
  'Telefon',
  'Invånare',
  'Län',
  'Kommungrupp',
  'Ledning',
  'Infrastruktur',
  'Kompetens',
  'Användning',
];

function table(result: TableReadResult): ImportTable {
  if (!result.ok)
    throw new Error(`expected a table, got ${result.error.code}: ${result.error.message}`);
  return result.table;
}

async function fixtureTable(): Promise<ImportTable> {
  return table(await readTable(fixture('applications-9-semicolon.csv'), 'ansokningar.csv'));
}

describe('readTable: the 9-row Swedish fixture', () => {
  it('reads UTF-8 with BOM, semicolons, quoted cells and line breaks inside cells', async () => {
    const result = await readTable(fixture('applications-9-semicolon.csv'), 'ansokningar.csv');
    const t = table(result);
    expect(t.encoding).toBe('utf-8-bom');
    expect(t.separator).toBe(';');
    expect(t.headerRow).toBe(1);
    expect(t.headers).toEqual(HEADERS);
    expect(t.rows).toHaveLength(9);
    expect(t.rows.map((r) => r[0])).toEqual([
      'Tallmora kommun',
      'Sjöbacka kommun',
      'Norrlinge kommun',
      'Ekstrand kommun',
      'Granlunda kommun',
      'Hagavik kommun',
      'Ljungåsa kommun',
      'Björkmyra kommun',
      'Västerbyn kommun',
    ]);
    for (const row of t.rows) expect(row).toHaveLength(HEADERS.length);
    // A cell with ';' inside, one with quotes, one with a line break, one with an en dash.
    expect(t.rows[0]?.[9]).toContain('arbetslag; de träffas');
    expect(t.rows[2]?.[9]).toContain('"digitala stödpersoner"');
    expect(t.rows[3]?.[10]).toBe(
      'Sensorer för fallrisk används på alla korttidsplatser i Ekstrand.\nPersonalen larmas innan ett fall sker, och antalet fallskador har minskat.',
    );
    expect(t.rows[1]?.[9]).toContain('personal – även');
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('gives the same table for UTF-8 without BOM, Windows-1252, comma and tab', async () => {
    const reference = await fixtureTable();
    const all = [reference.headers, ...reference.rows];
    const variants: { bytes: Uint8Array; encoding: string; separator: string }[] = [
      { bytes: utf8(toCsv(all, ';')), encoding: 'utf-8', separator: ';' },
      { bytes: cp1252(toCsv(all, ';')), encoding: 'windows-1252', separator: ';' },
      { bytes: utf8(toCsv(all, ','), true), encoding: 'utf-8-bom', separator: ',' },
      { bytes: utf8(toCsv(all, ',', '\n')), encoding: 'utf-8', separator: ',' },
      { bytes: utf8(toCsv(all, '\t')), encoding: 'utf-8', separator: '\t' },
      { bytes: cp1252(toCsv(all, '\t')), encoding: 'windows-1252', separator: '\t' },
    ];
    for (const v of variants) {
      const t = table(await readTable(v.bytes, 'export.csv'));
      expect(t.encoding).toBe(v.encoding);
      expect(t.separator).toBe(v.separator);
      expect(t.headers).toEqual(reference.headers);
      expect(t.rows).toEqual(reference.rows);
    }
  });

  it('decodes the Windows-1252 range 0x80–0x9F (en dash, euro) correctly', async () => {
    const bytes = Uint8Array.from([
      ...cp1252('Kommun;Text\nÅre-liknande;a '),
      0x96,
      0x20,
      0x80,
      0x0a,
    ]);
    const t = table(await readTable(bytes, 'x.csv'));
    expect(t.encoding).toBe('windows-1252');
    expect(t.rows[0]?.[1]).toBe('a – €');
  });
});

describe('readTable: separators', () => {
  it('picks ";" for Swedish files full of decimal commas and prose commas', () => {
    const text =
      'Kommun;Andel;Kommentar\nTallmora;12,5;bra, mycket bra, utmärkt\nSjöbacka;3,75;ja, nej\n';
    expect(detectSeparator(text)).toBe(';');
  });

  it('reads decimal commas as part of the cell', async () => {
    const text =
      'Kommun;Andel;Kommentar\nTallmora;12,5;bra, mycket bra\nSjöbacka;3,75;ja, nej, kanske\n';
    const t = table(await readTable(utf8(text), 'x.csv'));
    expect(t.separator).toBe(';');
    expect(t.rows).toEqual([
      ['Tallmora', '12,5', 'bra, mycket bra'],
      ['Sjöbacka', '3,75', 'ja, nej, kanske'],
    ]);
  });

  it('ignores separators inside a quoted header cell', () => {
    expect(detectSeparator('"Kommun, namn";"Län, namn";Text\n')).toBe(';');
    expect(detectSeparator('"a;b;c",d,e\n')).toBe(',');
    expect(detectSeparator('\n\nKommun\tLän\n')).toBe('\t');
  });

  it('honours Excel\'s "sep=" line and does not count it as a row', async () => {
    const t = table(await readTable(utf8('sep=,\nKommun,Text;mer\nTallmora,a;b\n'), 'x.csv'));
    expect(t.separator).toBe(',');
    expect(t.headers).toEqual(['Kommun', 'Text;mer']);
    expect(t.headerRow).toBe(1);
  });
});

describe('readTable: rows and cells', () => {
  it('skips blank rows above the header, keeps blank rows between, drops them at the end', async () => {
    const text = ';;\n\nKommun;Län\nTallmora;Dalarnas län\n;\nSjöbacka;Skåne län\n;;\n\n';
    const t = table(await readTable(utf8(text), 'x.csv'));
    expect(t.headerRow).toBe(3);
    expect(t.rows).toEqual([
      ['Tallmora', 'Dalarnas län'],
      ['', ''],
      ['Sjöbacka', 'Skåne län'],
    ]);
  });

  it('trims cells, pads short rows and widens the table for cells beyond the header', async () => {
    const t = table(
      await readTable(utf8('Kommun ; Län\n  Tallmora  \nSjöbacka;Skåne;extra\n'), 'x.csv'),
    );
    expect(t.headers).toEqual(['Kommun', 'Län', '']);
    expect(t.rows).toEqual([
      ['Tallmora', '', ''],
      ['Sjöbacka', 'Skåne', 'extra'],
    ]);
  });

  it('warns per row about mojibake and replacement characters', async () => {
    const text = `Kommun;Text\nTallmora;ok\n${mojibake('Sjöbacka')};${mojibake('Användning')}\nNorrlinge;tr\uFFFDdlöst\n`;
    const result = await readTable(utf8(text), 'x.csv');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.table.rows[1]?.[0]).toBe('SjÃ¶backa');
    expect(result.warnings.map((w) => [w.code, w.row, w.column])).toEqual([
      ['BROKEN_ENCODING', 3, 'Kommun'],
      ['BROKEN_ENCODING', 4, 'Text'],
    ]);
  });

  it('reads a BOM file with broken bytes, marking the rows', async () => {
    const bytes = Uint8Array.from([...utf8('Kommun\nTallmora\n', true), 0x53, 0xf6, 0x0a]);
    const result = await readTable(bytes, 'x.csv');
    expect(result.ok && result.table.encoding).toBe('utf-8-bom');
    expect(result.ok && result.warnings.map((w) => w.row)).toEqual([3]);
  });

  it('warns about stray quotes but keeps reading', async () => {
    const text = 'Kommun;Text\nTallmora;"a"b "c"\nSjöbacka;ok\n';
    const result = await readTable(utf8(text), 'x.csv');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.table.rows).toEqual([
      ['Tallmora', 'a"b "c'],
      ['Sjöbacka', 'ok'],
    ]);
    expect(result.warnings.some((w) => w.code === 'INVALID_QUOTES' && w.row === 2)).toBe(true);
  });

  it('warns about a column with data but no header', async () => {
    const result = await readTable(utf8('Kommun;;Län\nTallmora;x;Dalarna\n'), 'x.csv');
    expect(result.ok && result.warnings).toEqual([
      expect.objectContaining({ code: 'DATA_WITHOUT_HEADER', row: 1, column: 'B' }),
    ]);
  });
});

describe('readTable: refusals and caps', () => {
  it('refuses an unterminated quoted cell, naming the row where it starts', async () => {
    const result = await readTable(
      utf8('Kommun;Text\nTallmora;"aldrig slut\nSjöbacka;x\n'),
      'x.csv',
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'MALFORMED' } });
    expect(!result.ok && result.error.message).toContain('row 2');
    // A closing quote followed by text also leaves the cell open.
    const stray = await readTable(utf8('Kommun;Text\nTallmora;"citat"x\nSjöbacka;ok\n'), 'x.csv');
    expect(stray).toMatchObject({ ok: false, error: { code: 'MALFORMED' } });
  });

  it('refuses UTF-16, empty files, header-only files and binary data', async () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, 0x4b, 0, 0x6f, 0]);
    expect(await readTable(utf16, 'x.txt')).toMatchObject({ error: { code: 'UNSUPPORTED' } });
    expect(await readTable(new Uint8Array(0), 'x.csv')).toMatchObject({ error: { code: 'EMPTY' } });
    expect(await readTable(utf8('\n;;\n'), 'x.csv')).toMatchObject({ error: { code: 'EMPTY' } });
    expect(await readTable(utf8('Kommun;Län\n'), 'x.csv')).toMatchObject({
      error: { code: 'EMPTY' },
    });
    const binary = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    expect(await readTable(binary, 'x.csv')).toMatchObject({ error: { code: 'MALFORMED' } });
  });

  it('refuses files over the size cap before reading them', async () => {
    const big = new Uint8Array(IMPORT_LIMITS.maxFileBytes + 1).fill(0x41);
    expect(await readTable(big, 'x.csv')).toMatchObject({ error: { code: 'TOO_LARGE' } });
  });

  it('accepts 10 000 rows and refuses 10 001', async () => {
    const rows = (n: number): string =>
      ['Kommun;Nr', ...Array.from({ length: n }, (_, i) => `K${i};${i}`)].join('\n');
    const ok = table(await readTable(utf8(rows(IMPORT_LIMITS.maxRows)), 'x.csv'));
    expect(ok.rows).toHaveLength(IMPORT_LIMITS.maxRows);
    const tooMany = await readTable(utf8(rows(IMPORT_LIMITS.maxRows + 1)), 'x.csv');
    expect(tooMany).toMatchObject({ error: { code: 'TOO_LARGE' } });
  });

  it('refuses data beyond column 200 but ignores empty trailing separators', async () => {
    const cols = (n: number): string => Array.from({ length: n }, (_, i) => `k${i}`).join(';');
    const ok = await readTable(utf8(`${cols(200)}\n${cols(200)};;;;;;;;;;\n`), 'x.csv');
    expect(ok.ok && ok.table.headers).toHaveLength(200);
    const tooWide = await readTable(utf8(`${cols(201)}\n${cols(201)}\n`), 'x.csv');
    expect(tooWide).toMatchObject({ error: { code: 'TOO_LARGE' } });
  });

  it('cuts over-long cells one character past the limit and warns', async () => {
    const long = 'å'.repeat(IMPORT_LIMITS.maxCellChars + 500);
    const result = await readTable(utf8(`Kommun;Text\nTallmora;${long}\n`), 'x.csv');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.table.rows[0]?.[1]).toHaveLength(IMPORT_LIMITS.maxCellChars + 1);
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'CELL_TOO_LONG', row: 2, column: 'Text' }),
    ]);
  });

  it('refuses .json, .xls and renamed non-workbooks with a typed error', async () => {
    expect(await readTable(utf8('{"applications":[]}'), 'a.json')).toMatchObject({
      error: { code: 'UNSUPPORTED' },
    });
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await readTable(ole, 'gammal.xls')).toMatchObject({ error: { code: 'UNSUPPORTED' } });
    expect(await readTable(utf8('Kommun\nTallmora\n'), 'fel.xlsx')).toMatchObject({
      error: { code: 'MALFORMED' },
    });
  });
});
