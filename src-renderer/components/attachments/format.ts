import type { MessageKey, Params } from '../../../src-shared/i18n/translate';

type T = (key: MessageKey, params?: Params) => string;

/** A file size as people read it: kB below one megabyte, MB (one decimal) above. */
export function fileSize(t: T, bytes: number): string {
  if (bytes < 1_000_000)
    return t('attachments.size.kb', { value: Math.max(1, Math.round(bytes / 1000)) });
  return t('attachments.size.mb', { value: Math.round(bytes / 100_000) / 10 });
}
