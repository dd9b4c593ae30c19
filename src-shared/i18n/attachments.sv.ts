/**
 * Swedish strings of the attachment viewer (src-renderer/components/attachments),
 * shared by every role that shows an application's attachments.
 */
export const attachmentsSv = {
  'attachments.title': 'Bilagor',
  'attachments.none': 'Ansökan har inga bilagor.',
  'attachments.kind.pdf': 'PDF',
  'attachments.kind.docx': 'Word-dokument',
  'attachments.kind.txt': 'Textfil',
  'attachments.meta': '{kind}, {size}',
  'attachments.size.kb': '{value} kB',
  'attachments.size.mb': '{value} MB',
  'attachments.opening': 'Öppnar bilagan …',
  'attachments.viewer': 'Bilaga: {name}',
  'attachments.close': 'Stäng bilagan',
  'attachments.closeHint': 'Esc stänger bilagan.',
  'attachments.pdf.toolbar': 'Sidor och zoom',
  'attachments.pdf.page': 'Sida {page} av {pages}',
  'attachments.pdf.previous': 'Föregående sida',
  'attachments.pdf.next': 'Nästa sida',
  'attachments.pdf.zoomIn': 'Zooma in',
  'attachments.pdf.zoomOut': 'Zooma ut',
  'attachments.pdf.zoom': 'Zoom {percent} %',
  'attachments.pdf.asText': 'Visa som text',
  'attachments.pdf.keys':
    'Tangentbord när sidan har fokus: Page Down och Page Up byter sida, Home och End går till första och sista sidan, + och − zoomar.',
  'attachments.pdf.loading': 'Visar PDF-filen …',
  'attachments.pdf.pageText': 'Text på sida {page}',
  'attachments.pdf.noText':
    'Sidan har ingen text som kan visas. Den är troligen inskannad som en bild.',
  'attachments.text.body': 'Text i {name}',
  'attachments.text.empty': 'Filen innehåller ingen text.',
  'attachments.text.truncated': 'Texten är mycket lång. Här visas bara början av den.',
  'attachments.text.unreadable.DAMAGED': 'Texten i filen kan inte läsas: filen verkar vara skadad.',
  'attachments.text.unreadable.TOO_LARGE':
    'Texten i filen kan inte läsas: filen skulle packas upp till mer än vad som är tillåtet.',
  'attachments.problem.damaged': 'Bilagan kan inte visas: PDF-filen verkar vara skadad.',
  'attachments.problem.password': 'Bilagan kan inte visas: PDF-filen är skyddad med lösenord.',
  'attachments.problem.unexpected': 'Bilagan kan inte visas här.',
} as const;
