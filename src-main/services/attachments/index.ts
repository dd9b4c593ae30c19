/**
 * Attachments in the main process. This index exports the organiser's part:
 * checking a file (kind from its bytes, caps, SHA-256) and the text of a
 * Word file for the anonymiser's warning. Text extraction for the juror's
 * reading view lives beside it in its own files.
 */
export { attachmentName, checkAttachment } from './check';
export type { AttachmentCheck, CheckedFile } from './check';
export { docxText } from './docx-text';
