import type { attachmentsSv } from './attachments.sv';

/** English strings of the attachment viewer; a missing key fails to compile. */
export const attachmentsEn: Record<keyof typeof attachmentsSv, string> = {
  'attachments.title': 'Attachments',
  'attachments.none': 'The application has no attachments.',
  'attachments.kind.pdf': 'PDF',
  'attachments.kind.docx': 'Word document',
  'attachments.kind.txt': 'Text file',
  'attachments.meta': '{kind}, {size}',
  'attachments.size.kb': '{value} kB',
  'attachments.size.mb': '{value} MB',
  'attachments.opening': 'Opening the attachment …',
  'attachments.viewer': 'Attachment: {name}',
  'attachments.close': 'Close the attachment',
  'attachments.closeHint': 'Esc closes the attachment.',
  'attachments.pdf.toolbar': 'Pages and zoom',
  'attachments.pdf.page': 'Page {page} of {pages}',
  'attachments.pdf.previous': 'Previous page',
  'attachments.pdf.next': 'Next page',
  'attachments.pdf.zoomIn': 'Zoom in',
  'attachments.pdf.zoomOut': 'Zoom out',
  'attachments.pdf.zoom': 'Zoom {percent} %',
  'attachments.pdf.asText': 'Show as text',
  'attachments.pdf.keys':
    'Keyboard, with the page focused: Page Down and Page Up turn the page, Home and End go to the first and last page, + and − zoom.',
  'attachments.pdf.loading': 'Showing the PDF file …',
  'attachments.pdf.pageText': 'Text on page {page}',
  'attachments.pdf.noText':
    'The page has no text that can be shown. It is probably scanned as an image.',
  'attachments.text.body': 'Text of {name}',
  'attachments.text.empty': 'The file contains no text.',
  'attachments.text.truncated': 'The text is very long. Only its beginning is shown here.',
  'attachments.text.unreadable.DAMAGED':
    'The text of the file cannot be read: the file seems damaged.',
  'attachments.text.unreadable.TOO_LARGE':
    'The text of the file cannot be read: it would unpack to more than is allowed.',
  'attachments.problem.damaged': 'The attachment cannot be shown: the PDF file seems damaged.',
  'attachments.problem.password':
    'The attachment cannot be shown: the PDF file is protected by a password.',
  'attachments.problem.unexpected': 'The attachment cannot be shown here.',
};
