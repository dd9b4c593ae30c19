/**
 * Swedish strings of the chair screens. Keys start with 'chair.'.
 * Merged into the main catalogue in sv.ts.
 */
export const chairSv = {
  'chair.title': 'Juryordförande',
} as const;
