import mammoth from 'mammoth';

/*
 * The plain text of a Word document, for the anonymiser's warning when an
 * organiser adds a DOCX attachment. Called only after the zip guard has
 * accepted the file (see check.ts), so mammoth never inflates a zip bomb.
 * Owned by the organiser; the juror's reading view has its own extraction.
 */

/** Raw text of a DOCX file (paragraphs separated by blank lines). Throws on a damaged file. */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const result = await mammoth.extractRawText({ buffer });
  return result.value;
}
