/*
 * Reading pdf.js's errors by name, so the viewer can explain them without
 * loading pdf.js itself (pdf.ts is imported only when a PDF is opened).
 */

/** Why a PDF could not be shown, for the message the viewer gives. */
export type PdfProblem = 'damaged' | 'password' | 'unexpected';

/** The problem behind an error from pdf.js (or from loading it). */
export function pdfProblemOf(error: unknown): PdfProblem {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return 'password';
  if (
    name === 'InvalidPDFException' ||
    name === 'FormatError' ||
    name === 'UnknownErrorException'
  ) {
    return 'damaged';
  }
  return 'unexpected';
}

/** True for the error of a render that was cancelled because a newer one replaced it. */
export function isCancelled(error: unknown): boolean {
  return error instanceof Error && error.name === 'RenderingCancelledException';
}
