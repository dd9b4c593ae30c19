import Papa from 'papaparse';
import type { ReadError, TableReadResult, TableSeparator } from '../../../src-shared/import';
import { decodeTableText } from './decode';
import { TableBuilder } from './table-builder';

/*
 * CSV as Excel writes it: ';' in Swedish Excel (',' is the decimal mark),
 * ',' elsewhere, tab for "Text (tab-separated)". Cells holding the
 * separator, a quote or a line break are quoted, with "" for a quote.
 */

const SEPARATORS: readonly TableSeparator[] = [';', '\t', ','];

/**
 * Pick the separator from the first non-blank line, counting only outside
 * quotes. A header rarely contains ';', ',' or a tab of its own, whereas the
 * rows below may be full of decimal commas and prose, so the header is the
 * reliable line to look at. Ties go to ';', then tab, then ','; a header
 * with none of them is a one-column table and gets ';'.
 */
export function detectSeparator(text: string): TableSeparator {
  const counts = new Map<string, number>();
  let inQuotes = false;
  let seenContent = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      inQuotes = !inQuotes;
      seenContent = true;
    } else if (!inQuotes && (c === '\n' || c === '\r')) {
      if (seenContent) break;
    } else if (!inQuotes && (c === ';' || c === ',' || c === '\t')) {
      counts.set(c, (counts.get(c) ?? 0) + 1);
      seenContent = true;
    } else if (c !== ' ') {
      seenContent = true;
    }
  }
  let best: TableSeparator = ';';
  let bestCount = 0;
  for (const sep of SEPARATORS) {
    const n = counts.get(sep) ?? 0;
    if (n > bestCount) {
      best = sep;
      bestCount = n;
    }
  }
  return best;
}

/** Excel's optional first line 'sep=;' names the separator and is not data. */
function splitSepLine(text: string): { text: string; separator: TableSeparator | null } {
  const m = /^sep=(.)\r?\n/i.exec(text);
  const sep = SEPARATORS.find((s) => s === m?.[1]);
  if (!m || sep === undefined) return { text, separator: null };
  return { text: text.slice(m[0].length), separator: sep };
}

/** Read CSV bytes (size already checked) into a table. */
export function readCsv(bytes: Uint8Array): TableReadResult {
  const decoded = decodeTableText(bytes);
  if (!decoded.ok) return decoded;
  const { text, separator: declared } = splitSepLine(decoded.text);
  const separator = declared ?? detectSeparator(text);
  const builder = new TableBuilder();
  // An object, so that the assignment inside the callback is visible after it.
  const state: { failure: ReadError | null } = { failure: null };

  Papa.parse<string[]>(text, {
    delimiter: separator,
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    skipEmptyLines: false,
    dynamicTyping: false,
    step: (result, parser) => {
      if (state.failure) return;
      const row = builder.nextRowNumber;
      for (const error of result.errors) {
        if (error.code === 'MissingQuotes') {
          state.failure = {
            code: 'MALFORMED',
            message: `A quoted cell that starts on row ${row} is never closed.`,
            detail: { kind: 'UNCLOSED_QUOTE', row },
          };
        } else if (error.code === 'InvalidQuotes') {
          builder.warn('INVALID_QUOTES', row, 'A cell has a quote in an unexpected place.');
        }
      }
      state.failure ??= builder.push(result.data);
      if (state.failure) parser.abort();
    },
  });

  if (state.failure) return { ok: false, error: state.failure };
  return builder.finish({ encoding: decoded.encoding, separator });
}
