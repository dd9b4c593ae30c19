import type { jurorSv } from './juror.sv';

/** English strings of the juror screens; a missing key fails to compile. */
export const jurorEn: Record<keyof typeof jurorSv, string> = {
  'juror.title': 'Juror',
};
