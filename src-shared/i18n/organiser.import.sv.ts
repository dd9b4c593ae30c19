/**
 * Swedish strings of the organiser's application import: the file step, the
 * column mapping and the per-row report. Spread into organiserSv.
 */
export const organiserImportSv = {
  'organiser.import.open': 'Importera ansökningar …',
  'organiser.import.cancel': 'Avbryt importen',
  'organiser.import.cancelled': 'Importen avbröts. Inget har sparats.',
  'organiser.import.done': 'Ansökningar som importerades: {count}.',
  'organiser.import.saveFailed': 'Ansökningarna kunde inte sparas. Ingen av dem har importerats.',
  'organiser.import.failed.TOO_LARGE':
    'Filen {file} är för stor för att importeras. Inget har ändrats.',
  'organiser.import.failed.MALFORMED':
    'Filen {file} är skadad eller har ett format som inte kan läsas. Inget har ändrats.',
  'organiser.import.failed.UNSUPPORTED':
    'Filen {file} kan inte läsas. Spara den som Excel-arbetsbok (.xlsx) utan lösenord eller som ”CSV UTF-8”. Inget har ändrats.',
  'organiser.import.failed.EMPTY': 'Filen {file} innehåller inga ansökningar. Inget har ändrats.',
  'organiser.import.failedDetail.UNCLOSED_QUOTE':
    'Ett citattecken (") som inleder en cell på rad {row} avslutas aldrig. Rätta raden i kalkylbladet och importera igen.',
  'organiser.import.failedDetail.TOO_MANY_COLUMNS':
    'Rad {row} har innehåll i fler än {limit} kolumner.',
  'organiser.import.failedDetail.TOO_MANY_ROWS':
    'Tabellen har fler än {limit} rader under rubrikraden.',
  'organiser.import.mappingTitle': 'Koppla kolumnerna',
  'organiser.import.mappingIntro':
    'Välj vad varje kolumn innehåller. Juryrum har gissat utifrån rubrikerna. Förhandsvisningen nedan visar hur de första raderna blir.',
  'organiser.import.fileFacts':
    'Filen {file}: {rows} rader under rubrikraden, {columns} kolumner, teckenkodning {encoding}.',
  'organiser.import.separator': 'Avgränsare: {separator}.',
  'organiser.import.sep.semicolon': 'semikolon',
  'organiser.import.sep.comma': 'komma',
  'organiser.import.sep.tab': 'tabb',
  'organiser.import.encoding.utf-8': 'UTF-8',
  'organiser.import.encoding.utf-8-bom': 'UTF-8 (Excel)',
  'organiser.import.encoding.windows-1252': 'Windows-1252',
  'organiser.import.readWarnings': 'Anmärkningar när filen lästes ({count}):',
  'organiser.import.readWarning': 'Rad {row}: {text}',
  'organiser.import.warning.BROKEN_ENCODING':
    'tecken som å, ä och ö ser trasiga ut. Filen har troligen sparats om med fel teckenkodning.',
  'organiser.import.warning.CELL_TOO_LONG':
    'en cell är längre än 100 000 tecken. Om kolumnen importeras hoppas raden över.',
  'organiser.import.warning.INVALID_QUOTES': 'ett citattecken står på ett ovanligt ställe.',
  'organiser.import.warning.DATA_WITHOUT_HEADER': 'en kolumn har innehåll men ingen rubrik.',
  'organiser.import.noApplicant':
    'Ingen kolumn är vald som Sökande. Utan den kan inga ansökningar importeras.',
  'organiser.import.columnsCaption': 'Kolumnerna i filen',
  'organiser.import.column': 'Kolumn',
  'organiser.import.example': 'Exempel ur filen',
  'organiser.import.usedAs': 'Används som',
  'organiser.import.usedAsFor': 'Används som, kolumn {column}',
  'organiser.import.previewTitle': 'Förhandsvisning av de första raderna ({count})',
  'organiser.import.previewCaption': 'De första raderna som de skulle importeras',
  'organiser.import.row': 'Rad',
  'organiser.import.outcome': 'Resultat',
  'organiser.import.applicant': 'Sökande',
  'organiser.import.id': 'Id',
  'organiser.import.sections': 'Avsnitt',
  'organiser.import.contacts': 'Kontaktpersoner',
  'organiser.import.facts': 'Fakta',
  'organiser.import.remarks': 'Anmärkningar',
  'organiser.import.status.imported': 'Importeras',
  'organiser.import.status.warning': 'Importeras med anmärkning',
  'organiser.import.status.skipped': 'Hoppas över',
  'organiser.import.toReport': 'Visa importrapporten',
  'organiser.import.reportTitle': 'Importrapport för {file}',
  'organiser.import.summary':
    'Rader: {total}. Importeras: {imported}. Hoppas över: {skipped}. Med anmärkningar: {warnings}.',
  'organiser.import.unknownColumns': 'Kolumner som inte importeras: {columns}.',
  'organiser.import.reportCaption': 'Rad för rad',
  'organiser.import.jsonClean': 'Alla ansökningar i filen kan importeras utan anmärkningar.',
  'organiser.import.confirm': 'Importera ansökningarna ({count})',
  'organiser.import.back': 'Tillbaka till kolumnerna',
  'organiser.import.inColumn': '{text} (kolumn {column})',
  'organiser.import.issue.EMPTY_ROW': 'Raden är tom.',
  'organiser.import.issue.MISSING_APPLICANT': 'Sökande saknas.',
  'organiser.import.issue.DUPLICATE_ID': 'Id:t finns redan.',
  'organiser.import.issue.ID_REPLACED':
    'Id:t innehöll sökandens namn eller ett kommunnamn och har ersatts med ett nytt id.',
  'organiser.import.issue.DUPLICATE_APPLICANT': 'Sökanden finns redan.',
  'organiser.import.issue.TOO_LONG': 'Texten är för lång.',
  'organiser.import.issue.BROKEN_ENCODING': 'Tecken som å, ä och ö ser trasiga ut.',
  'organiser.import.issue.UNKNOWN_COLUMN': 'Kolumnen importeras inte.',
  'organiser.import.issue.INVALID_EMAIL': 'E-postadressen ser inte ut som en adress.',
  'organiser.import.issue.INVALID': 'Värdet är ogiltigt.',

  'organiser.target.applicant': 'Sökande (kommun)',
  'organiser.target.id': 'Id',
  'organiser.target.contact.name': 'Kontaktperson 1: namn',
  'organiser.target.contact.email': 'Kontaktperson 1: e-post',
  'organiser.target.contact.phone': 'Kontaktperson 1: telefon',
  'organiser.target.contact1.name': 'Kontaktperson 1: namn',
  'organiser.target.contact1.email': 'Kontaktperson 1: e-post',
  'organiser.target.contact1.phone': 'Kontaktperson 1: telefon',
  'organiser.target.contact2.name': 'Kontaktperson 2: namn',
  'organiser.target.contact2.email': 'Kontaktperson 2: e-post',
  'organiser.target.contact2.phone': 'Kontaktperson 2: telefon',
  'organiser.target.contact3.name': 'Kontaktperson 3: namn',
  'organiser.target.contact3.email': 'Kontaktperson 3: e-post',
  'organiser.target.contact3.phone': 'Kontaktperson 3: telefon',
  'organiser.target.section': 'Avsnitt (fritext)',
  'organiser.target.fact': 'Fakta (t.ex. invånare, län)',
  'organiser.target.ignore': 'Importeras inte',
} as const;
