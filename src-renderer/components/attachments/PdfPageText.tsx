import { useEffect, useId, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useT } from '../../i18n/useT';

import type * as PdfModuleNs from './pdf';

type PdfModule = typeof PdfModuleNs;

/**
 * The text of one PDF page as real text, so a screen reader reads it, the
 * browser's zoom reflows it, and it can be selected. A page without text
 * (a scan) says so.
 */
export function PdfPageText({
  doc,
  mod,
  pageNumber,
  large,
}: {
  doc: PDFDocumentProxy;
  mod: PdfModule;
  pageNumber: number;
  /** The text is all that is shown ("Visa som text"). */
  large: boolean;
}): React.JSX.Element {
  const t = useT();
  const id = useId();
  const [text, setText] = useState<{ page: number; paragraphs: string[] } | null>(null);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const paragraphs = await mod.pageParagraphs(await doc.getPage(pageNumber));
        if (!cancelled) setText({ page: pageNumber, paragraphs });
      } catch {
        // A page whose text cannot be read is shown like a scanned one.
        if (!cancelled) setText({ page: pageNumber, paragraphs: [] });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [doc, mod, pageNumber]);

  const current = text?.page === pageNumber ? text.paragraphs : null;
  return (
    <section
      aria-labelledby={`${id}-h`}
      className={large ? 'pdf-text attachment-text' : 'pdf-text attachment-text compact'}
    >
      <h5 id={`${id}-h`}>{t('attachments.pdf.pageText', { page: pageNumber })}</h5>
      {current === null ? null : current.length === 0 ? (
        <p className="muted">{t('attachments.pdf.noText')}</p>
      ) : (
        current.map((para, i) => <p key={i}>{para}</p>)
      )}
    </section>
  );
}
