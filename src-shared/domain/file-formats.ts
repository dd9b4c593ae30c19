/**
 * Format names of the plain (unsigned) JSON files Juryrum reads and writes.
 * Every file is self-describing: `{ "format": …, "version": … }`.
 * Documented in docs/formats.md.
 */
export const FORMAT_VERSION = 1;
export const ROUND_FORMAT = 'juryrum.round';
export const APPLICATIONS_FORMAT = 'juryrum.applications';
export const JURORS_FORMAT = 'juryrum.jurors';
