/**
 * Swedish strings of the organiser screens. Keys start with 'organiser.'.
 * Merged into the main catalogue in sv.ts.
 */
export const organiserSv = {
  'organiser.title': 'Arrangör',
} as const;
