import type { organiserAttachmentsSv } from './organiser.attachments.sv';

/** English strings of the organiser's attachments; a missing key fails to compile. */
export const organiserAttachmentsEn: Record<keyof typeof organiserAttachmentsSv, string> = {
  'organiser.attachments.title': 'Attachments',
  'organiser.attachments.intro':
    'PDF, Word (DOCX) or text files, at most 5 MiB per file and 10 files per application. An attachment is sent to the jury exactly as it is and cannot be anonymised.',
  'organiser.attachments.none': 'The application has no attachments.',
  'organiser.attachments.add': 'Add attachments …',
  'organiser.attachments.drop': 'You can also drop files here.',
  'organiser.attachments.busy': 'Checking the files …',
  'organiser.attachments.list': 'Attachments of {name} ({count})',
  'organiser.attachments.facts': '{kind}, {size}',
  'organiser.attachments.kind.pdf': 'PDF',
  'organiser.attachments.kind.docx': 'Word document',
  'organiser.attachments.kind.txt': 'Text file',
  'organiser.attachments.bytes': '{n} bytes',
  'organiser.attachments.kib': '{n} kB',
  'organiser.attachments.mib': '{n} MB',
  'organiser.attachments.anonymisedOk': 'May be sent in anonymised phases',
  'organiser.attachments.anonymisedHint':
    'Each attachment has the box “May be sent in anonymised phases”. Tick it only if you have read the attachment and it does not reveal who applied: no names of the municipality, people or places, no e-mail or web addresses and no logo. Without a tick the attachment is sent only in named phases.',
  'organiser.attachments.namedOnly': 'Sent only in named phases.',
  'organiser.attachments.allPhases': 'Sent in every phase.',
  'organiser.attachments.pdfNotChecked':
    'The text of a PDF is not checked automatically. Open the file and read it before you tick the box.',
  'organiser.attachments.clean':
    'The anonymiser found no names, places, addresses or numbers in the text.',
  'organiser.attachments.warning':
    'Warning: the attachment contains what the anonymiser would have removed from an application text:',
  'organiser.attachments.findingItem': '“{text}” – {kind} · count: {count}',
  'organiser.attachments.finding.applicant': 'the applicant',
  'organiser.attachments.finding.municipality': 'municipality',
  'organiser.attachments.finding.person': 'person',
  'organiser.attachments.finding.email': 'e-mail address',
  'organiser.attachments.finding.phone': 'phone number',
  'organiser.attachments.finding.web': 'web address',
  'organiser.attachments.finding.orgNumber': 'organisation number',
  'organiser.attachments.finding.extra': 'added term',
  'organiser.attachments.more': 'There are more findings than those shown.',
  'organiser.attachments.partial': 'The text is long; only its beginning was checked.',
  'organiser.attachments.remove': 'Remove the attachment',
  'organiser.attachments.removeQuestion': 'Remove the attachment {name}?',
  'organiser.attachments.added': 'Attachments added: {count}.',
  'organiser.attachments.removed': 'The attachment {name} was removed.',
  'organiser.attachments.cleared': '{name} may now be sent in anonymised phases.',
  'organiser.attachments.uncleared': '{name} is now sent only in named phases.',
  'organiser.attachments.refusedTitle': 'Files that were not added:',
  'organiser.attachments.refusedItem': '{file}: {reason}',
  'organiser.attachments.failed':
    'The attachments could not be saved. Nothing has changed. Please try again.',
  'organiser.attachments.column': 'Attachments',
  'organiser.attachments.refusal.TOO_LARGE':
    'The file is larger than 5 MiB, the limit for one attachment.',
  'organiser.attachments.refusal.UNSUPPORTED_TYPE':
    'The file is not a PDF, a Word document (DOCX) or a text file.',
  'organiser.attachments.refusal.EMPTY': 'The file is empty.',
  'organiser.attachments.refusal.NAME_MISMATCH':
    "The file's name does not match its content, for example a PDF ending in .txt. Give the file the right extension and try again.",
  'organiser.attachments.refusal.TOO_MANY':
    'The application already has 10 attachments, the most it can have.',
  'organiser.attachments.refusal.TOTAL_TOO_LARGE':
    "The application's attachments would together be larger than 10 MiB.",
  'organiser.attachments.refusal.DUPLICATE':
    'The same file is already attached to the application.',
  'organiser.attachments.refusal.DAMAGED':
    'The Word file is damaged, password-protected or unpacks to a suspiciously large amount of data.',
  'organiser.attachments.refusal.UNREADABLE': 'The file could not be read.',
  'organiser.attachments.refusal.MISSING': 'The file is not where the JSON file says.',
  'organiser.attachments.refusal.UNSAFE_PATH':
    "The path points outside the JSON file's folder. Put the attachments in the same folder or a subfolder.",
  'organiser.attachments.refusal.NO_FOLDER':
    'A dropped file has no folder to take attachments from. Import with the button instead.',
  'organiser.attachments.refusal.IMPORT_TOO_LARGE':
    "The file's attachments together are larger than 64 MiB, more than one import takes. Add the rest by hand in the Anonymisation step.",

  'organiser.import.drop': 'You can also drop a file here (Excel, CSV or JSON).',
  'organiser.import.attachmentsTitle': 'Attachments in the file ({count})',
  'organiser.import.attachmentsCaption': 'Attachments per application',
  'organiser.import.attachmentFile': 'File',
  'organiser.import.attachmentApplication': 'Application',
  'organiser.import.attachmentAdded': 'Will be added',
  'organiser.import.attachmentRefused': 'Will not be added: {reason}',
  'organiser.import.attachmentsSummary':
    'Attachments to be added: {added}. Attachments not added: {refused}.',

  'organiser.packages.refused.ATTACHMENTS_TOO_LARGE':
    "No packages were made: the attachments in one juror's package would together be larger than 24 MiB. Remove or shrink attachments of: {applications}.",
  'organiser.packages.refused.PACKAGE_TOO_LARGE':
    'No packages were made: a jury package would be larger than 64 MiB. Remove attachments of: {applications}.',
  'organiser.packages.attachmentsUnreadable':
    'An attachment could not be read from the vault. No packages were made.',
  'organiser.ready.attachmentsNamed': 'Attachments sent in this phase: all {count}.',
  'organiser.ready.attachmentsAnonymised':
    'Attachments sent in this phase: {sent} of {count}. The others are not cleared for anonymised phases and are sent only in named phases.',
};
