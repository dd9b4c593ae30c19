import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import writeXlsxFile from 'write-excel-file/node';
import type { SheetData } from 'write-excel-file/node';

/** A real workbook written by write-excel-file. */
export async function workbook(data: SheetData, sheet = 'Ansökningar'): Promise<Uint8Array> {
  const buffer = await writeXlsxFile(data, { sheet, dateFormat: 'yyyy-mm-dd' }).toBuffer();
  return new Uint8Array(buffer);
}

/** Unzip a workbook, change some parts (null deletes one), zip it again. */
export function rezip(
  bytes: Uint8Array,
  edit: Record<string, string | Uint8Array | null>,
): Uint8Array {
  const files: Zippable = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) files[name] = data;
  for (const [name, data] of Object.entries(edit)) {
    if (data === null) delete files[name];
    else files[name] = typeof data === 'string' ? strToU8(data) : data;
  }
  return zipSync(files);
}

/** Text of one part of a zip. */
export function part(bytes: Uint8Array, name: string): string {
  const data = unzipSync(bytes, { filter: (f) => f.name === name })[name];
  if (!data) throw new Error(`no ${name} in the zip`);
  return strFromU8(data);
}

/** Offsets of the central-directory headers, by entry name. */
export function centralHeaders(bytes: Uint8Array): Map<string, number> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found = new Map<string, number>();
  for (let i = 0; i + 46 <= bytes.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(i + 28, true);
    found.set(strFromU8(bytes.subarray(i + 46, i + 46 + nameLength), true), i);
  }
  return found;
}

/** Copy of a zip with one central-directory field of one entry overwritten. */
export function patchCentral(
  bytes: Uint8Array,
  name: string,
  offset: number,
  value: number,
  width: 2 | 4 = 4,
): Uint8Array {
  const copy = bytes.slice();
  const at = centralHeaders(copy).get(name);
  if (at === undefined) throw new Error(`no ${name} in the zip`);
  const view = new DataView(copy.buffer);
  if (width === 4) view.setUint32(at + offset, value, true);
  else view.setUint16(at + offset, value, true);
  return copy;
}
