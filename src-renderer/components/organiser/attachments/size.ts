import type { useT } from '../../../i18n/useT';

/** A file size for people: bytes, kB or MB (binary units, one decimal where it helps). */
export function sizeText(bytes: number, t: ReturnType<typeof useT>): string {
  if (bytes < 1024) return t('organiser.attachments.bytes', { n: bytes });
  const kib = bytes / 1024;
  if (kib < 1024) return t('organiser.attachments.kib', { n: round(kib) });
  return t('organiser.attachments.mib', { n: round(kib / 1024) });
}

/** One decimal below 10, whole numbers above: "4,2 kB", "312 kB". */
function round(n: number): number {
  return n < 10 ? Math.round(n * 10) / 10 : Math.round(n);
}
