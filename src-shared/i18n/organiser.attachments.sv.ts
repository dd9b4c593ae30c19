/**
 * Swedish strings of the organiser's attachments, the import drop area and
 * the attachment-related package refusals. Spread into organiserSv.
 */
export const organiserAttachmentsSv = {
  'organiser.attachments.title': 'Bilagor',
  'organiser.attachments.intro':
    'PDF, Word (DOCX) eller textfiler, högst 5 MiB per fil och 10 filer per ansökan. En bilaga skickas till juryn precis som den är och kan inte anonymiseras.',
  'organiser.attachments.none': 'Ansökan har inga bilagor.',
  'organiser.attachments.add': 'Lägg till bilagor …',
  'organiser.attachments.drop': 'Du kan också släppa filer här.',
  'organiser.attachments.busy': 'Filerna kontrolleras …',
  'organiser.attachments.list': 'Bilagor till {name} ({count})',
  'organiser.attachments.facts': '{kind}, {size}',
  'organiser.attachments.kind.pdf': 'PDF',
  'organiser.attachments.kind.docx': 'Word-dokument',
  'organiser.attachments.kind.txt': 'Textfil',
  'organiser.attachments.bytes': '{n} byte',
  'organiser.attachments.kib': '{n} kB',
  'organiser.attachments.mib': '{n} MB',
  'organiser.attachments.anonymisedOk': 'Får skickas i anonymiserade faser',
  'organiser.attachments.anonymisedHint':
    'Under varje bilaga finns rutan ”Får skickas i anonymiserade faser”. Kryssa bara i den om du har läst bilagan och den inte visar vem som har sökt: inga namn på kommunen, personer eller orter, inga e-post- eller webbadresser och ingen logotyp. Utan kryss skickas bilagan bara i faser med namn.',
  'organiser.attachments.namedOnly': 'Skickas bara i faser med namn.',
  'organiser.attachments.allPhases': 'Skickas i alla faser.',
  'organiser.attachments.pdfNotChecked':
    'Texten i en PDF kontrolleras inte automatiskt. Öppna filen och läs den innan du kryssar i rutan.',
  'organiser.attachments.clean':
    'Anonymiseraren hittade inga namn, orter, adresser eller nummer i texten.',
  'organiser.attachments.warning':
    'Varning: bilagan innehåller sådant som anonymiseraren skulle ha tagit bort ur en ansökningstext:',
  'organiser.attachments.findingItem': '”{text}” – {kind} · antal: {count}',
  'organiser.attachments.finding.applicant': 'sökanden',
  'organiser.attachments.finding.municipality': 'kommun',
  'organiser.attachments.finding.person': 'person',
  'organiser.attachments.finding.email': 'e-postadress',
  'organiser.attachments.finding.phone': 'telefonnummer',
  'organiser.attachments.finding.web': 'webbadress',
  'organiser.attachments.finding.orgNumber': 'organisationsnummer',
  'organiser.attachments.finding.extra': 'tillagd term',
  'organiser.attachments.more': 'Det finns fler träffar än de som visas.',
  'organiser.attachments.partial': 'Texten är lång; bara början av den har kontrollerats.',
  'organiser.attachments.remove': 'Ta bort bilagan',
  'organiser.attachments.removeQuestion': 'Ta bort bilagan {name}?',
  'organiser.attachments.added': 'Bilagor som lades till: {count}.',
  'organiser.attachments.removed': 'Bilagan {name} togs bort.',
  'organiser.attachments.cleared': '{name} får nu skickas i anonymiserade faser.',
  'organiser.attachments.uncleared': '{name} skickas nu bara i faser med namn.',
  'organiser.attachments.refusedTitle': 'Filer som inte lades till:',
  'organiser.attachments.refusedItem': '{file}: {reason}',
  'organiser.attachments.failed': 'Bilagorna kunde inte sparas. Inget har ändrats. Försök igen.',
  'organiser.attachments.column': 'Bilagor',
  'organiser.attachments.refusal.TOO_LARGE':
    'Filen är större än 5 MiB, som är gränsen för en bilaga.',
  'organiser.attachments.refusal.UNSUPPORTED_TYPE':
    'Filen är inte en PDF, ett Word-dokument (DOCX) eller en textfil.',
  'organiser.attachments.refusal.EMPTY': 'Filen är tom.',
  'organiser.attachments.refusal.NAME_MISMATCH':
    'Filens namn stämmer inte med innehållet, till exempel en PDF som slutar på .txt. Ge filen rätt ändelse och försök igen.',
  'organiser.attachments.refusal.TOO_MANY':
    'Ansökan har redan 10 bilagor, som är det högsta antalet.',
  'organiser.attachments.refusal.TOTAL_TOO_LARGE':
    'Ansökans bilagor skulle tillsammans bli större än 10 MiB.',
  'organiser.attachments.refusal.DUPLICATE': 'Samma fil är redan bifogad till ansökan.',
  'organiser.attachments.refusal.DAMAGED':
    'Word-filen är skadad, lösenordsskyddad eller packas upp till misstänkt mycket data.',
  'organiser.attachments.refusal.UNREADABLE': 'Filen kunde inte läsas.',
  'organiser.attachments.refusal.MISSING': 'Filen finns inte där JSON-filen säger.',
  'organiser.attachments.refusal.UNSAFE_PATH':
    'Sökvägen pekar utanför JSON-filens mapp. Lägg bilagorna i samma mapp eller i en undermapp.',
  'organiser.attachments.refusal.NO_FOLDER':
    'En fil som släpps har ingen mapp att hämta bilagor från. Importera med knappen i stället.',
  'organiser.attachments.refusal.IMPORT_TOO_LARGE':
    'Bilagorna i filen blir tillsammans större än 64 MiB, mer än en import tar emot. Lägg till resten för hand i steget Anonymisering.',

  'organiser.import.drop': 'Du kan också släppa en fil här (Excel, CSV eller JSON).',
  'organiser.import.attachmentsTitle': 'Bilagor i filen ({count})',
  'organiser.import.attachmentsCaption': 'Bilagor per ansökan',
  'organiser.import.attachmentFile': 'Fil',
  'organiser.import.attachmentApplication': 'Ansökan',
  'organiser.import.attachmentAdded': 'Läggs till',
  'organiser.import.attachmentRefused': 'Läggs inte till: {reason}',
  'organiser.import.attachmentsSummary':
    'Bilagor som läggs till: {added}. Bilagor som inte läggs till: {refused}.',

  'organiser.packages.refused.ATTACHMENTS_TOO_LARGE':
    'Paketen skapades inte: bilagorna i ett jurypaket skulle tillsammans bli större än 24 MiB. Ta bort eller minska bilagor till: {applications}.',
  'organiser.packages.refused.PACKAGE_TOO_LARGE':
    'Paketen skapades inte: ett jurypaket skulle bli större än 64 MiB. Ta bort bilagor till: {applications}.',
  'organiser.packages.attachmentsUnreadable':
    'En bilaga kunde inte läsas från valvet. Inga paket skapades.',
  'organiser.ready.attachmentsNamed': 'Bilagor som skickas i fasen: alla {count}.',
  'organiser.ready.attachmentsAnonymised':
    'Bilagor som skickas i fasen: {sent} av {count}. De övriga är inte godkända för anonymiserade faser och skickas bara i faser med namn.',
} as const;
