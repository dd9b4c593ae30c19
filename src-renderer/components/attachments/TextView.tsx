import { useId } from 'react';
import { useT } from '../../i18n/useT';

/**
 * The text of a DOCX or TXT attachment, as main extracted it, in the app's
 * reading typography. Only text reaches the page: no markup from the file.
 */
export function TextView({
  name,
  paragraphs,
  truncated,
}: {
  name: string;
  paragraphs: readonly string[];
  truncated: boolean;
}): React.JSX.Element {
  const t = useT();
  const id = useId();
  return (
    <section aria-labelledby={`${id}-h`} className="attachment-text">
      <h5 id={`${id}-h`} className="visually-hidden">
        {t('attachments.text.body', { name })}
      </h5>
      {truncated && (
        <p role="note" className="notice notice-warning">
          {t('attachments.text.truncated')}
        </p>
      )}
      {paragraphs.length === 0 ? (
        <p className="muted">{t('attachments.text.empty')}</p>
      ) : (
        paragraphs.map((para, i) => <p key={i}>{para}</p>)
      )}
    </section>
  );
}
