/**
 * Swedish strings of the juror screens. Keys start with 'juror.'.
 * Merged into the main catalogue in sv.ts.
 */
export const jurorSv = {
  'juror.title': 'Jurymedlem',
  'juror.loading': 'Öppnar dina jurypaket …',

  // Import
  'juror.import.title': 'Jurypaket',
  'juror.import.intro':
    'Arrangören skickar ett krypterat jurypaket till dig. Det innehåller omgångens kriterier och de ansökningar du ska läsa. Bara din nyckel kan öppna det.',
  'juror.import.button': 'Importera jurypaket …',
  'juror.import.newer': 'Importera ett nytt jurypaket …',
  'juror.import.drop': '… eller släpp paketfilen här',
  'juror.import.busy': 'Kontrollerar paketet …',
  'juror.import.demo': 'Prova med ett demopaket',
  'juror.import.demoHelp':
    'Skapar ett påhittat jurypaket till dig från en demoarrangör, så att du kan prova att läsa och bedöma direkt.',
  'juror.import.imported':
    'Jurypaketet är importerat: {round}, fas {phase}, {applications} ansökningar (juryförteckning version {roster}).',
  'juror.import.already': 'Du har redan det här jurypaketet. Ingenting har ändrats.',
  'juror.import.current': 'Fas {phase}, juryförteckning version {roster}, från {organiser}.',
  'juror.import.pinned': 'Fingeravtrycket för {name}, som du har godkänt:',
  'juror.import.unchanged': 'Ingenting av det du redan har har ändrats.',
  'juror.import.refused.title': 'Paketet importerades inte',
  'juror.refusal.NOT_FOR_ME':
    'Paketet är inte till dig: det är krypterat till en annan jurymedlem. Be arrangören om ditt eget paket.',
  'juror.refusal.ROSTER_OUTDATED':
    'Paketet är äldre än ett du redan har (en äldre juryförteckning). Använd det senaste paketet från arrangören.',
  'juror.refusal.ORGANISER_KEY_CHANGED':
    'Varning: paketet är signerat med en annan nyckel än den arrangörsnyckel du har godkänt för det här priset. Någon kan försöka utge sig för att vara arrangören. Ring arrangören på ett nummer du redan känner till och fråga om de har bytt nyckel innan du gör något mer.',
  'juror.refusal.TAMPERED':
    'Paketet har ändrats efter att det skapades, eller har skadats på vägen. Be arrangören skicka det igen.',
  'juror.refusal.BAD_SIGNATURE':
    'Paketets signatur stämmer inte. Det kan vara förfalskat. Be arrangören skicka det igen.',
  'juror.refusal.MALFORMED': 'Filen är skadad eller är inte ett jurypaket.',
  'juror.refusal.TOO_LARGE': 'Filen är för stor för att vara ett jurypaket.',
  'juror.refusal.UNSUPPORTED_FORMAT': 'Det här är inte en Juryrum-fil.',
  'juror.refusal.UNSUPPORTED_VERSION':
    'Paketet är gjort med en nyare version av Juryrum. Uppdatera Juryrum och försök igen.',
  'juror.refusal.WRONG_TYPE': 'Det här är en annan sorts Juryrum-fil, inte ett jurypaket.',
  'juror.refusal.NO_IDENTITY':
    'Din identitet saknas i valvet. Importera din nyckelfil under Min identitet först.',
  'juror.refusal.STORAGE': 'Det gick inte att läsa eller spara i valvet. Försök igen.',
  'juror.loadProblem':
    'Ett sparat jurypaket för den här omgången går inte att öppna. Har du bytt identitet? Dina poäng finns kvar.',

  // Confirm the organiser
  'juror.confirm.title': 'Kontrollera arrangörens fingeravtryck',
  'juror.confirm.intro':
    'Det här är det första paketet från arrangören av {award}. Paketet är signerat av {organiser} ({organisation}).',
  'juror.confirm.call':
    'Ring arrangören på ett nummer du redan känner till och be hen läsa upp sitt fingeravtryck. Jämför med siffrorna nedan.',
  'juror.confirm.after':
    'När du bekräftar kommer Juryrum ihåg nyckeln. Senare paket för samma pris från en annan nyckel vägras.',
  'juror.confirm.yes': 'Fingeravtrycket stämmer – importera',
  'juror.confirm.no': 'Avbryt',
  'juror.confirm.round': 'Omgång: {round}, fas {phase}, {applications} ansökningar.',

  // List
  'juror.list.title': 'Mina ansökningar',
  'juror.list.order':
    'Ansökningarna visas i en slumpad ordning som är din egen och som inte ändras. Det minskar risken att ordningen påverkar bedömningen.',
  'juror.progress': '{handled} av {total} klara',
  'juror.progress.conflicts': 'varav {count} med jäv',
  'juror.progress.label': 'Hur långt du har kommit',
  'juror.phase.label': 'Fas',
  'juror.phase.anonymised': '{name} (anonymiserad)',
  'juror.phase.named': '{name} (med namn)',
  'juror.status.not-started': 'Inte påbörjad',
  'juror.status.in-progress': 'Påbörjad: {answered} av {total} kriterier',
  'juror.status.complete': 'Alla kriterier bedömda – inte markerad som klar',
  'juror.status.done': 'Klar',
  'juror.status.conflict': 'Jäv anmält',

  // Search
  'juror.search.label': 'Sök i mina ansökningar',
  'juror.search.hint': 'Alla ord måste finnas med. Stora och små bokstäver spelar ingen roll.',
  'juror.search.count': '{count} ansökningar innehåller det du sökte på.',
  'juror.search.none': 'Ingen ansökan innehåller det du sökte på.',
  'juror.search.results': 'Sökträffar',
  'juror.search.hits': '{count} träffar',

  // Application view
  'juror.app.back': 'Alla ansökningar',
  'juror.app.previous': 'Föregående ansökan',
  'juror.app.next': 'Nästa ansökan',
  'juror.app.position': 'Ansökan {index} av {total}',
  'juror.app.toScoring': 'Till bedömningen',
  'juror.app.anonymised': 'Anonymiserad',
  'juror.app.named': '{applicant} ({pseudonym})',
  'juror.app.facts': 'Fakta om den sökande',
  'juror.app.noFacts': 'Inga fakta angivna.',
  'juror.app.text': 'Ansökan',
  'juror.app.emptySection': 'Avsnittet är tomt.',
  'juror.app.nav': 'Bläddra mellan ansökningar',
  'juror.fact.population': 'Invånare',
  'juror.fact.region': 'Landsdel',
  'juror.fact.county': 'Län',
  'juror.fact.municipalityGroup': 'Kommungrupp',
  'juror.note.label': 'Mina anteckningar om ansökan',
  'juror.note.help': 'Bara för dig. Sparas krypterat och följer aldrig med någon fil.',

  // Scoring
  'juror.scoring.title': 'Bedömning',
  'juror.scoring.intro':
    'Välj ett värde på skalan eller ”Ej bedömbar” för varje kriterium. Allt sparas direkt.',
  'juror.scoring.weight': 'vikt {weight}',
  'juror.scoring.cannotAssess': 'Ej bedömbar',
  'juror.scoring.cannotAssessHelp': 'Ansökan ger inte underlag för att bedöma kriteriet.',
  'juror.scoring.notAnswered': 'Inte bedömt ännu.',
  'juror.scoring.clear': 'Rensa',
  'juror.scoring.comment': 'Kommentar till {criterion}',
  'juror.scoring.addComment': 'Kommentar',
  'juror.scoring.overall': 'Övergripande kommentar (valfri)',
  'juror.scoring.markDone': 'Markera som klar',
  'juror.scoring.unmarkDone': 'Ångra klar',
  'juror.scoring.done': '{name} är klar. {progress}.',
  'juror.scoring.missing':
    'Det saknas bedömning för: {criteria}. Välj ett värde eller ”Ej bedömbar”.',
  'juror.scoring.locked': 'Du har anmält jäv för ansökan. Den kan inte bedömas.',

  // Conflict
  'juror.conflict.title': 'Jäv',
  'juror.conflict.help':
    'Anmäl jäv om du har en koppling till den sökande. Dina poäng och kommentarer för ansökan raderas och låses, och ordföranden ser din anmälan.',
  'juror.conflict.declare': 'Anmäl jäv …',
  'juror.conflict.reason': 'Skäl till jävet',
  'juror.conflict.reasonMissing': 'Skriv skälet till jävet.',
  'juror.conflict.confirm': 'Anmäl jäv och radera mina poäng',
  'juror.conflict.cancel': 'Avbryt',
  'juror.conflict.declared': 'Jäv anmält: {reason}',
  'juror.conflict.withdraw': 'Ta tillbaka jävsanmälan',

  // Shortcuts
  'juror.keys.title': 'Kortkommandon',
  'juror.keys.intro': 'När ett kriterium har fokus:',
  'juror.keys.digits': 'Siffra: sätt den poängen',
  'juror.keys.e': 'E: ej bedömbar',
  'juror.keys.delete': 'Delete eller Backsteg: rensa',
  'juror.keys.n': 'N: nästa kriterium',
  'juror.keys.p': 'P: föregående kriterium',
  'juror.keys.arrows': 'Piltangenter: flytta på skalan',
  'juror.keys.tab': 'Tab: nästa fält',

  // Export
  'juror.export.title': 'Poängfil till ordföranden',
  'juror.export.intro':
    'Poängfilen signeras med din nyckel och krypteras till juryns ordförande. Du kan fortsätta ändra och exportera igen; varje export får ett nytt versionsnummer.',
  'juror.export.summary': 'Klara: {done} · Saknas: {missing} · Jäv: {conflicts}',
  'juror.export.start': 'Exportera poängfil …',
  'juror.export.reviewTitle': 'Sammanfattning före export',
  'juror.export.doneList': 'Klara ansökningar',
  'juror.export.missingList': 'Inte klara',
  'juror.export.missingItem': '{name}: saknar {criteria}',
  'juror.export.missingNone': '{name}: inte markerad som klar',
  'juror.export.conflictList': 'Jäv',
  'juror.export.conflictItem': '{name}: {reason}',
  'juror.export.none': 'Inga.',
  'juror.export.status': 'Utkast eller slutlig version',
  'juror.export.draft': 'Utkast – jag kan ändra mig',
  'juror.export.final': 'Slutlig – min bedömning är klar',
  'juror.export.revision': 'Det här blir version {revision} av din poängfil.',
  'juror.export.save': 'Spara poängfil',
  'juror.export.cancel': 'Avbryt',
  'juror.export.saved':
    'Poängfilen är sparad: {name} (version {revision}). Skicka den till ordföranden.',
  'juror.export.last': 'Senast exporterad: version {revision} ({status}), {name}.',
  'juror.export.statusDraft': 'utkast',
  'juror.export.statusFinal': 'slutlig',
  'juror.export.refused.PACKAGE_INVALID':
    'Jurypaketet gick inte att kontrollera igen, så ingen poängfil skapades.',
  'juror.export.refused.INVALID_SCORES':
    'Några poäng passar inte omgången, så ingen poängfil skapades.',
  'juror.export.refused.NO_IDENTITY':
    'Din identitet saknas i valvet. Importera din nyckelfil först.',
  'juror.export.refused.STORAGE': 'Exporten misslyckades. Försök igen.',
  'juror.export.refused.REVISION_CHAIN':
    'Versionsnumret stämmer inte med din förra export, så ingen poängfil skapades. Stäng och öppna omgången och försök igen.',
  'juror.export.refused.NOT_WRITTEN':
    'Poängfilen kunde inte sparas där du valde. Exportera igen; nästa fil får ett nytt versionsnummer.',
  'juror.export.issue.unknown-application': '{application} finns inte i ditt jurypaket.',
  'juror.export.issue.unknown-criterion':
    '{application}: kriteriet {criterion} finns inte i omgången.',
  'juror.export.issue.out-of-range': '{application}, {criterion}: poängen ligger utanför skalan.',
  'juror.export.issue.cannot-assess-not-allowed':
    '{application}, {criterion}: ”Ej bedömbar” är inte tillåtet för det här kriteriet.',
  'juror.export.issue.duplicate-score': '{application}, {criterion}: poängen finns två gånger.',
  'juror.export.issue.duplicate-comment': '{application}: helhetskommentaren finns två gånger.',
  'juror.export.issue.duplicate-conflict': '{application}: jävet är anmält två gånger.',
  'juror.export.issue.conflicted-scored':
    '{application}, {criterion}: du har jäv för ansökan men den har en poäng.',
  'juror.export.issue.conflicted-commented':
    '{application}: du har jäv för ansökan men den har en kommentar.',

  // Scoring sheet
  'juror.sheet.title': 'Poängblad (kalkylark)',
  'juror.sheet.intro':
    'Vill du hellre arbeta i ett kalkylark eller på papper? Exportera ditt poängblad, fyll i det och importera det igen. Du ser alltid vad som ändras innan något sparas.',
  'juror.sheet.exportXlsx': 'Exportera mitt poängblad (Excel)',
  'juror.sheet.exportCsv': 'Exportera mitt poängblad (CSV)',
  'juror.sheet.import': 'Importera poängblad …',
  'juror.sheet.saved': 'Poängbladet är sparat: {name}',
  'juror.sheet.previewTitle': 'Förhandsgranskning: {name}',
  'juror.sheet.changes': 'Ändringar',
  'juror.sheet.noChanges': 'Poängbladet ändrar ingenting.',
  'juror.sheet.unchanged': '{count} rader är likadana som nu.',
  'juror.sheet.col.row': 'Rad',
  'juror.sheet.col.application': 'Ansökan',
  'juror.sheet.col.criterion': 'Kriterium',
  'juror.sheet.col.before': 'Nu',
  'juror.sheet.col.after': 'Efter import',
  'juror.sheet.col.problem': 'Problem',
  'juror.sheet.empty': '(tom)',
  'juror.sheet.commentChanged': 'kommentar: ”{comment}”',
  'juror.sheet.errors': 'Rader som inte kan användas',
  'juror.sheet.error.unknown-application': 'Okänd ansökan ”{value}”',
  'juror.sheet.error.unknown-criterion': 'Okänt kriterium ”{value}”',
  'juror.sheet.error.not-integer': '”{value}” är inte ett heltal',
  'juror.sheet.error.out-of-range': '{value} ligger utanför skalan',
  'juror.sheet.error.cannot-assess-not-allowed': '”Ej bedömbar” är inte tillåtet här',
  'juror.sheet.error.conflicted': 'Du har anmält jäv för ”{value}”',
  'juror.sheet.error.duplicate':
    'Samma ansökan och kriterium finns redan på en tidigare rad ({value})',
  'juror.sheet.apply': 'Använd {count} ändringar',
  'juror.sheet.cancel': 'Avbryt',
  'juror.sheet.applied': '{count} ändringar från poängbladet är sparade.',
  'juror.sheet.columns': 'Poängbladet saknar kolumner för: {columns}.',
  'juror.sheet.refused.TOO_LARGE': 'Filen är för stor.',
  'juror.sheet.refused.MALFORMED': 'Filen är skadad eller går inte att läsa som kalkylark.',
  'juror.sheet.refused.UNSUPPORTED': 'Spara kalkylarket som .xlsx eller CSV och försök igen.',
  'juror.sheet.refused.EMPTY': 'Filen är tom.',
  'juror.sheet.refused.STORAGE': 'Importen misslyckades. Försök igen.',
  'juror.sheet.refused.PHASE_CHANGED':
    'Du har bytt fas sedan förhandsgranskningen, så inget ändrades. Importera poängbladet igen.',
  'juror.sheet.refused.CHANGED_SINCE':
    'Poäng har ändrats sedan förhandsgranskningen, så inget ändrades. Importera poängbladet igen för att se ändringarna.',
  'juror.sheet.tabName': 'Poängblad',
  'juror.attachment.refused': 'Bilagan kunde inte öppnas.',
  'juror.attachment.NOT_FOUND': 'Den finns inte i ditt jurypaket.',
  'juror.attachment.DAMAGED':
    'Innehållet stämmer inte med det arrangören skrev under. Be arrangören om ett nytt jurypaket.',
} as const;
