import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import { useT } from '../../i18n/useT';
import { isCancelled, pdfProblemOf } from './pdf-errors';
import type { PdfProblem } from './pdf-errors';
import { PdfPageText } from './PdfPageText';
import type * as PdfModuleNs from './pdf';

type PdfModule = typeof PdfModuleNs;

/** Zoom steps, relative to the page filling the viewer's width. */
const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3] as const;
const FIT = 2;

const PROBLEM_KEYS = {
  damaged: 'attachments.problem.damaged',
  password: 'attachments.problem.password',
  unexpected: 'attachments.problem.unexpected',
} as const satisfies Record<PdfProblem, string>;

/**
 * A PDF shown in the app: one page at a time on a canvas named "Sida 2 av 5",
 * with the page's text as real text below it (for screen readers, search in
 * the page and reading at high zoom), page and zoom buttons, and keys for
 * both. Every failure becomes a message, never a crash.
 */
export function PdfView({ bytes }: { bytes: Uint8Array }): React.JSX.Element {
  const t = useT();
  const id = useId();
  const [opened, setOpened] = useState<{
    bytes: Uint8Array;
    mod: PdfModule;
    doc: PDFDocumentProxy;
  } | null>(null);
  const [problem, setProblem] = useState<PdfProblem | null>(null);
  const [pageNumber, setPageNumber] = useState(1);
  const [zoom, setZoom] = useState<number>(FIT);
  const [textOnly, setTextOnly] = useState(false);
  const [frameWidth, setFrameWidth] = useState(0);
  const frame = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);

  // Open the document (pdf.js itself is loaded on first use).
  useEffect(() => {
    let cancelled = false;
    let close: (() => void) | null = null;
    void (async () => {
      try {
        const mod = await import('./pdf');
        const loaded = await mod.openPdf(bytes);
        if (cancelled) {
          loaded.close();
          return;
        }
        close = loaded.close;
        setOpened({ bytes, mod, doc: loaded.doc });
      } catch (error) {
        if (!cancelled) setProblem(pdfProblemOf(error));
      }
    })();
    return () => {
      cancelled = true;
      close?.();
    };
  }, [bytes]);
  // The document of these bytes (the parent keys this view by attachment, so it is the same).
  const pdf = opened?.bytes === bytes ? opened : null;

  // Follow the width available, so 100 % always fits (also at 200 % browser zoom).
  useEffect(() => {
    const el = frame.current;
    if (el === null) return;
    // The observer also reports the first size, right after observe().
    const observer = new ResizeObserver(() => setFrameWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, [pdf, textOnly]);

  // Draw the page whenever the page, the zoom or the width changes.
  useEffect(() => {
    const target = canvas.current;
    if (pdf === null || target === null || frameWidth === 0) return;
    let cancelled = false;
    let task: RenderTask | null = null;
    void (async () => {
      try {
        const page = await pdf.doc.getPage(pageNumber);
        if (cancelled) return;
        const fit = Math.min(frameWidth - 2, pdf.mod.pageWidth(page) * 1.5);
        task = pdf.mod.renderPage(page, target, fit * (ZOOMS[zoom] ?? 1));
        await task.promise;
      } catch (error) {
        if (!cancelled && !isCancelled(error)) setProblem(pdfProblemOf(error));
      }
    })();
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [pdf, pageNumber, zoom, frameWidth, textOnly]);

  if (problem !== null) {
    return (
      <p role="alert" className="notice notice-error attachment-problem">
        {t(PROBLEM_KEYS[problem])}
      </p>
    );
  }
  if (pdf === null) {
    return (
      <p role="status" className="muted">
        {t('attachments.pdf.loading')}
      </p>
    );
  }

  const pages = pdf.doc.numPages;
  const pageLabel = t('attachments.pdf.page', { page: pageNumber, pages });
  const goTo = (n: number): void => setPageNumber(Math.min(pages, Math.max(1, n)));
  const zoomBy = (step: number): void =>
    setZoom((z) => Math.min(ZOOMS.length - 1, Math.max(0, z + step)));

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>): void {
    if (e.ctrlKey || e.altKey || e.metaKey) return;
    const actions: Record<string, () => void> = {
      PageDown: () => goTo(pageNumber + 1),
      PageUp: () => goTo(pageNumber - 1),
      Home: () => goTo(1),
      End: () => goTo(pages),
      '+': () => zoomBy(1),
      '=': () => zoomBy(1),
      '-': () => zoomBy(-1),
    };
    const action = Object.hasOwn(actions, e.key) ? actions[e.key] : undefined;
    if (action === undefined) return;
    e.preventDefault();
    action();
  }

  return (
    <div className="pdf-view" onKeyDown={onKeyDown}>
      <div className="pdf-toolbar" role="toolbar" aria-label={t('attachments.pdf.toolbar')}>
        <span className="pdf-tool-group">
          <button type="button" onClick={() => goTo(pageNumber - 1)} disabled={pageNumber <= 1}>
            {t('attachments.pdf.previous')}
          </button>
          <span className="pdf-status" aria-live="polite">
            {pageLabel}
          </span>
          <button type="button" onClick={() => goTo(pageNumber + 1)} disabled={pageNumber >= pages}>
            {t('attachments.pdf.next')}
          </button>
        </span>
        <span className="pdf-tool-group">
          <button type="button" onClick={() => zoomBy(-1)} disabled={textOnly || zoom === 0}>
            {t('attachments.pdf.zoomOut')}
          </button>
          <span className="pdf-status">
            {t('attachments.pdf.zoom', { percent: Math.round((ZOOMS[zoom] ?? 1) * 100) })}
          </span>
          <button
            type="button"
            onClick={() => zoomBy(1)}
            disabled={textOnly || zoom === ZOOMS.length - 1}
          >
            {t('attachments.pdf.zoomIn')}
          </button>
        </span>
        <button type="button" aria-pressed={textOnly} onClick={() => setTextOnly((v) => !v)}>
          {t('attachments.pdf.asText')}
        </button>
      </div>
      <p id={`${id}-keys`} className="field-hint">
        {t('attachments.pdf.keys')}
      </p>
      {!textOnly && (
        <div
          ref={frame}
          className="pdf-frame"
          tabIndex={0}
          role="group"
          aria-label={pageLabel}
          aria-describedby={`${id}-keys`}
        >
          <canvas ref={canvas} className="pdf-canvas" role="img" aria-label={pageLabel} />
        </div>
      )}
      <PdfPageText doc={pdf.doc} mod={pdf.mod} pageNumber={pageNumber} large={textOnly} />
    </div>
  );
}
