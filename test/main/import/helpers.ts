import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Bytes of a committed fixture in test/fixtures/import. */
export function fixture(name: string): Uint8Array {
  const url = new URL(`../../fixtures/import/${name}`, import.meta.url);
  return new Uint8Array(readFileSync(fileURLToPath(url)));
}

/** Write rows as Excel writes CSV: quote only cells that need it, "" for a quote. */
export function toCsv(rows: readonly (readonly string[])[], sep: string, eol = '\r\n'): string {
  const quote = (cell: string): string =>
    cell.includes(sep) || cell.includes('"') || cell.includes('\n') || cell.includes('\r')
      ? `"${cell.replace(/"/g, '""')}"`
      : cell;
  return rows.map((row) => row.map(quote).join(sep)).join(eol) + eol;
}

const UTF8 = new TextEncoder();

/** UTF-8 bytes, optionally with a byte order mark. */
export function utf8(text: string, bom = false): Uint8Array {
  const body = UTF8.encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

// The few non-ASCII characters the fixtures use, as Windows-1252 bytes.
const CP1252: ReadonlyMap<string, number> = new Map([
  ['å', 0xe5],
  ['ä', 0xe4],
  ['ö', 0xf6],
  ['Å', 0xc5],
  ['Ä', 0xc4],
  ['Ö', 0xd6],
  ['é', 0xe9],
  ['–', 0x96],
]);

/** Windows-1252 bytes of a text that uses ASCII and the characters above. */
export function cp1252(text: string): Uint8Array {
  return Uint8Array.from([...text], (ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x80) return code;
    const byte = CP1252.get(ch);
    if (byte === undefined) throw new Error(`no Windows-1252 byte for ${ch} in the test table`);
    return byte;
  });
}

/** Text → how it looks after UTF-8 bytes were read as Windows-1252 ("Ã¤"). */
export function mojibake(text: string): string {
  const latin = [...UTF8.encode(text)].map((b) => {
    if (b === 0x96) return '–';
    if (b === 0x84) return '„';
    if (b === 0x85) return '…';
    return String.fromCharCode(b);
  });
  return latin.join('');
}
