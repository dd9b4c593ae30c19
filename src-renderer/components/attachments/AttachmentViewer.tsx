import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useT } from '../../i18n/useT';
import type { AttachmentMeta } from '../../../src-shared/domain/attachment';
import type { AttachmentLoader, ViewerLoad } from './types';
import { PdfView } from './PdfView';
import { TextView } from './TextView';
import { ViewerBoundary } from './ViewerBoundary';

/**
 * One open attachment, shown in place below the list: loads it through
 * `load`, shows a PDF page by page or a document's text, and closes with
 * its button or Escape. Focus moves to its heading when it opens; the owner
 * returns focus to the button that opened it when it closes.
 */
export function AttachmentViewer({
  meta,
  load,
  onClose,
}: {
  meta: AttachmentMeta;
  load: AttachmentLoader;
  onClose: () => void;
}): React.JSX.Element {
  const t = useT();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [loaded, setLoaded] = useState<{ id: string; result: ViewerLoad } | null>(null);
  const result = loaded?.id === meta.id ? loaded.result : null;

  useEffect(() => {
    heading.current?.focus();
  }, [meta.id]);

  useEffect(() => {
    let cancelled = false;
    const attachmentId = meta.id;
    load(attachmentId).then(
      (got) => {
        if (!cancelled) setLoaded({ id: attachmentId, result: got });
      },
      () => {
        if (!cancelled) {
          const message = t('attachments.problem.unexpected');
          setLoaded({ id: attachmentId, result: { ok: false, message } });
        }
      },
    );
    return () => {
      cancelled = true;
    };
  }, [load, meta.id, t]);

  function onKeyDown(e: KeyboardEvent<HTMLElement>): void {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    onClose();
  }

  const failed = (
    <p role="alert" className="notice notice-error attachment-problem">
      {t('attachments.problem.unexpected')}
    </p>
  );

  return (
    <section className="attachment-viewer" aria-labelledby={`${id}-h`} onKeyDown={onKeyDown}>
      <div className="attachment-viewer-head">
        <h4 id={`${id}-h`} ref={heading} tabIndex={-1}>
          {t('attachments.viewer', { name: meta.name })}
        </h4>
        <button type="button" onClick={onClose}>
          {t('attachments.close')}
        </button>
      </div>
      <p className="field-hint">{t('attachments.closeHint')}</p>
      {result === null ? (
        <p role="status" className="muted">
          {t('attachments.opening')}
        </p>
      ) : !result.ok ? (
        <p role="alert" className="notice notice-error attachment-problem">
          {result.message}
        </p>
      ) : (
        <ViewerBoundary fallback={failed}>
          {result.content.kind === 'pdf' ? (
            <PdfView key={meta.id} bytes={result.content.bytes} />
          ) : (
            <TextView
              name={result.content.name}
              paragraphs={result.content.paragraphs}
              truncated={result.content.truncated}
            />
          )}
        </ViewerBoundary>
      )}
    </section>
  );
}
