/**
 * Swedish strings of the juror screens. Keys start with 'juror.'.
 * Merged into the main catalogue in sv.ts.
 */
export const jurorSv = {
  'juror.title': 'Jurymedlem',
} as const;
