/*
 * A tiny, valid PDF written by hand for the demo and the tests: one A4 page
 * with a heading and a few lines of text in Helvetica. Every object's byte
 * offset is recorded for the cross-reference table, so strict readers
 * (pdf.js included) open it without repairing anything.
 *
 * Text is written in WinAnsiEncoding, the standard encoding of the base
 * fonts, which covers Swedish letters (å, ä, ö) in one byte each. Characters
 * outside it become '?'.
 */

/** One byte per character (WinAnsi); anything beyond becomes '?'. */
function winAnsi(text: string): number[] {
  const special: Readonly<Record<string, number>> = { '–': 0x96, '—': 0x97, '’': 0x92, '”': 0x94 };
  return [...text].map((c) => {
    const code = c.charCodeAt(0);
    if (code >= 0x20 && code <= 0x7e) return code;
    if (code >= 0xa0 && code <= 0xff) return code;
    return special[c] ?? 0x3f;
  });
}

/** A PDF string literal: parentheses and backslashes escaped. */
function literal(text: string): number[] {
  const out: number[] = [0x28];
  for (const b of winAnsi(text)) {
    if (b === 0x28 || b === 0x29 || b === 0x5c) out.push(0x5c);
    out.push(b);
  }
  out.push(0x29);
  return out;
}

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** The content stream: the title at 18 pt, then each line at 12 pt, 18 pt apart. */
function contentStream(title: string, lines: readonly string[]): number[] {
  const out = [
    ...ascii('BT\n/F1 18 Tf\n72 770 Td\n'),
    ...literal(title),
    ...ascii(' Tj\n/F1 12 Tf\n'),
  ];
  lines.forEach((line, i) => {
    out.push(...ascii(i === 0 ? '0 -32 Td\n' : '0 -18 Td\n'), ...literal(line), ...ascii(' Tj\n'));
  });
  out.push(...ascii('ET\n'));
  return out;
}

/** A one-page PDF with `title` and `lines` (keep them short: nothing wraps). */
export function tinyPdf(title: string, lines: readonly string[]): Uint8Array {
  const stream = contentStream(title, lines);
  const objects: number[][] = [
    ascii('<< /Type /Catalog /Pages 2 0 R >>'),
    ascii('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    ascii(
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] ' +
        '/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    ),
    ascii('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'),
    [...ascii(`<< /Length ${stream.length} >>\nstream\n`), ...stream, ...ascii('endstream')],
    [...ascii('<< /Title '), ...literal(title), ...ascii(' /Producer (Juryrum demo) >>')],
  ];
  // The second line marks the file as binary, as the PDF specification recommends.
  const bytes: number[] = [...ascii('%PDF-1.4\n%'), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a];
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(bytes.length);
    bytes.push(...ascii(`${i + 1} 0 obj\n`), ...body, ...ascii('\nendobj\n'));
  });
  const xref = bytes.length;
  const entries = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  bytes.push(
    ...ascii(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${entries}`),
    ...ascii(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\n`),
    ...ascii(`startxref\n${xref}\n%%EOF\n`),
  );
  return Uint8Array.from(bytes);
}
