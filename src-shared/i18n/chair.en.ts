import type { chairSv } from './chair.sv';

/** English strings of the chair screens; a missing key fails to compile. */
export const chairEn: Record<keyof typeof chairSv, string> = {
  'chair.title': 'Jury chair',
};
