import type { organiserSv } from './organiser.sv';

/** English strings of the organiser screens; a missing key fails to compile. */
export const organiserEn: Record<keyof typeof organiserSv, string> = {
  'organiser.title': 'Organiser',
};
