import type { AttachmentKind } from '../../../src-shared/domain/attachment';

/** What the viewer shows: a PDF's bytes, or the paragraphs main extracted from a DOCX or TXT. */
export type ViewerContent =
  | { readonly kind: 'pdf'; readonly name: string; readonly bytes: Uint8Array }
  | {
      readonly kind: 'text';
      readonly source: Exclude<AttachmentKind, 'pdf'>;
      readonly name: string;
      readonly paragraphs: readonly string[];
      readonly truncated: boolean;
    };

/**
 * The result of loading one attachment for the viewer. The owner (a role's
 * screen) fetches the bytes and translates its own refusal reasons.
 */
export type ViewerLoad =
  | { readonly ok: true; readonly content: ViewerContent }
  | { readonly ok: false; readonly message: string };

/** Loads an attachment by id; the viewer keeps the result only while it is open. */
export type AttachmentLoader = (attachmentId: string) => Promise<ViewerLoad>;
