import * as pdfjs from 'pdfjs-dist';
import type { PDFDocumentProxy, PDFPageProxy, RenderTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import symbolFontUrl from 'pdfjs-dist/standard_fonts/FoxitSymbol.pfb?url';
import dingbatsFontUrl from 'pdfjs-dist/standard_fonts/FoxitDingbats.pfb?url';

/*
 * pdf.js, set up for the app's Content-Security-Policy. This module is
 * loaded on demand (dynamic import), so pdf.js is only fetched when a PDF is
 * opened.
 *
 * - The worker is a file of the build (`?url`), allowed by worker-src 'self'.
 * - isEvalSupported: false, so pdf.js never builds functions from strings
 *   (the CSP has no 'unsafe-eval').
 * - useWasm: false, since the CSP has no 'wasm-unsafe-eval'. pdf.js then
 *   decodes JBIG2 in JavaScript; JPEG 2000 images are not shown.
 * - Fonts: the fourteen standard PDF fonts come from the system when a file
 *   does not embed them (pdf.js's default in browsers), except Symbol and
 *   ZapfDingbats, which have no system equivalent. Those two are bundled
 *   assets, handed to pdf.js by the factory below (connect-src 'self').
 */
pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

const BUNDLED_FONTS: ReadonlyMap<string, string> = new Map([
  ['FoxitSymbol.pfb', symbolFontUrl],
  ['FoxitDingbats.pfb', dingbatsFontUrl],
]);

/** pdf.js's hook for binary data it needs: only the two bundled fonts are available. */
class BundledData {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const url = kind === 'standardFontDataUrl' ? BUNDLED_FONTS.get(filename) : undefined;
    if (url === undefined) throw new Error(`${kind} ${filename} is not bundled`);
    const res = await fetch(url);
    if (!res.ok) throw new Error(`${filename}: ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  }
}

/** An open PDF document and the means to close it. */
export type OpenPdf = { readonly doc: PDFDocumentProxy; readonly close: () => void };

/** Open a PDF from its bytes (copied: pdf.js hands its buffer to the worker). */
export async function openPdf(bytes: Uint8Array): Promise<OpenPdf> {
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    useWasm: false,
    BinaryDataFactory: BundledData,
    // Never fetch anything else: no range requests, no external resources.
    disableAutoFetch: true,
    disableRange: true,
    disableStream: true,
    enableXfa: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  const doc = await task.promise;
  return { doc, close: () => void task.destroy() };
}

/** CSS pixels per PDF point at zoom 1. */
export const PDF_TO_CSS = pdfjs.PixelsPerInch.PDF_TO_CSS_UNITS;

/** Largest canvas, in device pixels, so a zoomed page cannot exhaust memory. */
const MAX_CANVAS_PIXELS = 16_777_216;

/**
 * Draw `page` on `canvas` at `cssWidth` CSS pixels wide, sharp on high-DPI
 * screens. Returns the render task (cancel it when a newer render starts).
 */
export function renderPage(
  page: PDFPageProxy,
  canvas: HTMLCanvasElement,
  cssWidth: number,
): RenderTask {
  const base = page.getViewport({ scale: 1 });
  const viewport = page.getViewport({ scale: cssWidth / base.width });
  let ratio = window.devicePixelRatio || 1;
  const pixels = viewport.width * viewport.height * ratio * ratio;
  if (pixels > MAX_CANVAS_PIXELS) ratio *= Math.sqrt(MAX_CANVAS_PIXELS / pixels);
  canvas.width = Math.max(1, Math.floor(viewport.width * ratio));
  canvas.height = Math.max(1, Math.floor(viewport.height * ratio));
  canvas.style.width = `${Math.floor(viewport.width)}px`;
  canvas.style.height = `${Math.floor(viewport.height)}px`;
  return page.render({
    canvas,
    viewport,
    transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
  });
}

/** The natural width of a page in CSS pixels at zoom 1. */
export function pageWidth(page: PDFPageProxy): number {
  return page.getViewport({ scale: PDF_TO_CSS }).width;
}

/**
 * A page's text as paragraphs, from pdf.js's text content: items joined in
 * reading order, a line break where pdf.js marks one, and a paragraph break
 * at an empty line.
 */
export async function pageParagraphs(page: PDFPageProxy): Promise<string[]> {
  const content = await page.getTextContent();
  let text = '';
  for (const item of content.items) {
    if (!('str' in item)) continue;
    text += item.str;
    if (item.hasEOL) text += '\n';
  }
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/^\s+|\s+$/g, ''))
    .filter((p) => p !== '');
}
