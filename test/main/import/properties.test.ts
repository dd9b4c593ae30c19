import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readApplicationsJson, readTable } from '../../../src-main/services/import';
import type { TableReadResult } from '../../../src-shared/import';
import { fixture, utf8 } from './helpers';
import { workbook } from './zip-helpers';

const ERROR_CODES = ['TOO_LARGE', 'MALFORMED', 'UNSUPPORTED', 'EMPTY'];

/** Either a well-formed table or a typed error: never anything else. */
function expectTyped(result: TableReadResult): void {
  if (result.ok) {
    const width = result.table.headers.length;
    expect(width).toBeGreaterThan(0);
    for (const row of result.table.rows) expect(row).toHaveLength(width);
  } else {
    expect(ERROR_CODES).toContain(result.error.code);
    expect(typeof result.error.message).toBe('string');
  }
}

function flip(bytes: Uint8Array, index: number, mask: number): Uint8Array {
  const copy = bytes.slice();
  copy[index % copy.length] = (copy[index % copy.length] ?? 0) ^ mask;
  return copy;
}

const flipArb = fc.record({ index: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) });

describe('hostile bytes', () => {
  it('any single flipped byte in the CSV fixture gives a table or a typed error', async () => {
    const csv = fixture('applications-9-semicolon.csv');
    await fc.assert(
      fc.asyncProperty(flipArb, async ({ index, mask }) => {
        expectTyped(await readTable(flip(csv, index, mask), 'a.csv'));
      }),
      { numRuns: 200 },
    );
  });

  it('any single flipped byte in a workbook gives a table or a typed error', async () => {
    const xlsx = await workbook([
      ['Kommun', 'Invånare', 'Ledning'],
      ['Tallmora kommun', 10840, 'Tallmoras ledning.'],
      ['Sjöbacka kommun', 23415, 'Sjöbackas ledning.'],
    ]);
    await fc.assert(
      fc.asyncProperty(flipArb, async ({ index, mask }) => {
        expectTyped(await readTable(flip(xlsx, index, mask), 'a.xlsx'));
      }),
      { numRuns: 150 },
    );
  });

  it('random bytes under any name give a table or a typed error', async () => {
    const names = fc.constantFrom('a.csv', 'a.xlsx', 'a.txt', 'a', 'a.json', 'a.xls');
    const prefix = fc.constantFrom(
      [],
      [0x50, 0x4b, 0x03, 0x04],
      [0xef, 0xbb, 0xbf],
      [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    );
    await fc.assert(
      fc.asyncProperty(prefix, fc.uint8Array({ maxLength: 2048 }), names, async (p, body, name) => {
        expectTyped(await readTable(Uint8Array.from([...p, ...body]), name));
      }),
      { numRuns: 300 },
    );
  });

  it('4 KiB of random bytes is MALFORMED as CSV and as XLSX', async () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 1103515245 + 12345) % 256);
    expect(await readTable(bytes, 'a.csv')).toMatchObject({ error: { code: 'MALFORMED' } });
    expect(await readTable(bytes, 'a.xlsx')).toMatchObject({ error: { code: 'MALFORMED' } });
  });

  it('random JSON and flipped bytes in application JSON give a typed result', () => {
    const json = fixture('applications-extra-fields.json');
    fc.assert(
      fc.property(flipArb, ({ index, mask }) => {
        const result = readApplicationsJson(flip(json, index, mask));
        if (!result.ok) expect(ERROR_CODES).toContain(result.error.code);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = readApplicationsJson(utf8(JSON.stringify(value) ?? 'null'));
        if (!result.ok) expect(ERROR_CODES).toContain(result.error.code);
      }),
      { numRuns: 200 },
    );
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
