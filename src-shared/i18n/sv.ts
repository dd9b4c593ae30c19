import { organiserSv } from './organiser.sv';
import { jurorSv } from './juror.sv';
import { chairSv } from './chair.sv';
import { chairHelpSv } from './chair-help.sv';
import { attachmentsSv } from './attachments.sv';
import { reportSv } from './report.sv';

/**
 * Swedish UI strings: the default language and the source of truth for keys.
 * Every key must also exist in en.ts (the compiler and a test check it).
 * Placeholders are written {name}.
 */
const coreSv = {
  'app.name': 'Juryrum',
  'app.tagline': 'Juryarbete offline – säkert och tillgängligt',
  'nav.label': 'Huvudmeny',
  'nav.home': 'Start',
  'nav.settings': 'Inställningar',
  'nav.about': 'Om Juryrum',
  'nav.skipToContent': 'Hoppa till innehållet',

  'nav.identity': 'Min identitet',
  'common.cancel': 'Avbryt',
  'common.close': 'Stäng',

  'vault.welcome': 'Välkommen till Juryrum',
  'vault.locked': 'Juryrum är låst',
  'vault.lock': 'Lås',
  'vault.passphrase': 'Lösenfras',
  'vault.create.title': 'Skapa ditt krypterade valv',
  'vault.create.intro':
    'Allt du gör i Juryrum sparas krypterat på den här datorn. Välj en lösenfras som bara du känner till.',
  'vault.create.name': 'Ditt namn',
  'vault.create.nameMissing': 'Skriv ditt namn.',
  'vault.create.organisation': 'Organisation',
  'vault.create.passphraseHint':
    'Minst {min} tecken. Flera ord i en mening är lätta att minnas och svåra att gissa.',
  'vault.create.tooShort': 'Lösenfrasen måste ha minst {min} tecken.',
  'vault.create.confirm': 'Skriv lösenfrasen igen',
  'vault.create.mismatch': 'Lösenfraserna är inte likadana.',
  'vault.create.warning':
    'En glömd lösenfras går inte att återställa – inte ens av oss. Utan den går dina data inte att läsa.',
  'vault.create.backupAdvice':
    'Dina exporterade filer (poängfiler, säkerhetskopior, nyckelfil) är din säkerhetskopia. Spara dem på ett säkert ställe.',
  'vault.create.keychain':
    'Skydda också valvet med datorns nyckelring. Då behövs både lösenfrasen och den här datorns inloggning för att öppna det.',
  'vault.create.understood': 'Jag förstår att en glömd lösenfras inte kan återställas.',
  'vault.create.mustUnderstand': 'Bekräfta att du har förstått innan du fortsätter.',
  'vault.create.submit': 'Skapa valvet',
  'vault.create.working': 'Skapar valvet …',
  'vault.strength.tooShort': 'För kort',
  'vault.strength.weak': 'Svag – lätt att gissa',
  'vault.strength.fair': 'Godtagbar',
  'vault.strength.good': 'Bra',
  'vault.strength.strong': 'Mycket stark',
  'vault.unlock.title': 'Lås upp',
  'vault.unlock.intro': 'Skriv din lösenfras för att öppna dina omgångar.',
  'vault.unlock.submit': 'Lås upp',
  'vault.unlock.working': 'Låser upp …',
  'vault.unlock.wait': 'Försök igen om {seconds} s.',

  'identity.title': 'Min identitet',
  'identity.name': 'Namn',
  'identity.organisation': 'Organisation',
  'identity.fingerprint': 'Fingeravtryck',
  'identity.fingerprint.help':
    'Läs upp siffrorna för arrangören i telefon. Stämmer de, vet ni båda att filerna kommer från dig.',
  'identity.fingerprint.spoken': 'Fingeravtryck: {digits}',
  'identity.card.title': 'Identitetskort',
  'identity.card.help':
    'Ett litet signerat kort med ditt namn och dina publika nycklar. Skicka det till arrangören så att du kan tas med i juryn.',
  'identity.card.export': 'Exportera mitt identitetskort',
  'identity.keys.title': 'Nyckelfil',
  'identity.keys.help':
    'Nyckelfilen innehåller dina privata nycklar, skyddade med en egen lösenfras. Använd den för att flytta till en ny dator.',
  'identity.keys.passphrase': 'Lösenfras för nyckelfilen',
  'identity.keys.tooShort': 'Lösenfrasen är för kort.',
  'identity.keys.export': 'Exportera mina nycklar',
  'identity.keys.importPassphrase': 'Lösenfras för nyckelfilen som ska importeras',
  'identity.keys.import': 'Importera nyckelfil',
  'identity.saved': 'Sparat: {name}',
  'identity.imported': 'Identiteten är importerad.',

  'settings.idleLock': 'Lås automatiskt efter',
  'settings.idleLock.never': 'Aldrig',
  'settings.idleLock.minutes': '{minutes} minuter utan aktivitet',
  'settings.passphrase.title': 'Byt lösenfras',
  'settings.passphrase.current': 'Nuvarande lösenfras',
  'settings.passphrase.next': 'Ny lösenfras',
  'settings.passphrase.confirm': 'Skriv den nya lösenfrasen igen',
  'settings.passphrase.submit': 'Byt lösenfras',
  'settings.passphrase.changed': 'Lösenfrasen är bytt.',

  'backup.title': 'Säkerhetskopia',
  'backup.help': 'Hela valvet i en krypterad fil. Den öppnas med valvets lösenfras.',
  'backup.export': 'Spara säkerhetskopia',
  'backup.saved': 'Säkerhetskopian är sparad: {name}',
  'backup.restore': 'Återställ från säkerhetskopia',
  'backup.restore.confirm':
    'Allt som finns i valvet nu ersätts med innehållet i säkerhetskopian. Är säkerhetskopian skadad ändras ingenting.',
  'backup.restore.passphrase': 'Säkerhetskopians lösenfras',
  'backup.restore.choose': 'Välj fil och återställ',
  'backup.restored': 'Säkerhetskopian är återställd.',
  'backup.restoreEmpty.title': 'Har du en säkerhetskopia?',
  'backup.restoreEmpty.help':
    'Börja från en säkerhetskopia i stället för ett nytt valv, till exempel på en ny dator.',
  'backup.passphrase': 'Valvets lösenfras',
  'backup.passphrase.missing': 'Skriv valvets lösenfras för att spara säkerhetskopian.',
  'backup.passphrase.help':
    'Valvet skyddas också av datorns nyckelring. Skriv lösenfrasen, så går säkerhetskopian att öppna med den ensam på en annan dator.',
  'backup.restore.notStored':
    'Säkerhetskopians poster kunde inte sparas. Ingenting har ändrats – valvet är som förut.',
  'backup.restore.notCommitted':
    'Återställningen kunde inte slutföras, så den ångrades. Valvet är som förut.',
  'backup.restore.halfway':
    'Återställningen avbröts halvvägs: posterna kommer från säkerhetskopian men identiteten är den gamla. Återställ samma säkerhetskopia igen.',
  'backup.restoreEmpty.notStored':
    'Valvet är återställt, men posterna kunde inte sparas. Gå till Inställningar och återställ samma säkerhetskopia igen.',
  'records.damaged.one':
    'En post kunde inte öppnas – den kan vara skadad. Återställ från en säkerhetskopia.',
  'records.damaged.many':
    '{count} poster kunde inte öppnas – de kan vara skadade. Återställ från en säkerhetskopia.',
  'files.filter.backup': 'Juryrum-säkerhetskopia',
  'files.filter.identityCard': 'Juryrum-identitetskort',
  'files.filter.keyFile': 'Juryrum-nyckelfil',

  'save.saving': 'Sparar …',
  'save.saved': 'Sparat',
  'save.error': 'Kunde inte spara',

  'workspace.title': '{round} – {role}',
  'workspace.back': 'Tillbaka till start',
  'workspace.none': 'Ingen omgång är vald',
  'workspace.comingSoon': 'Den här delen av arbetet kommer i nästa version av Juryrum.',
  'notes.title': 'Mina anteckningar',
  'notes.help':
    'Bara för dig. Anteckningarna sparas krypterat medan du skriver och följer aldrig med någon fil.',
  'notes.label': 'Anteckningar',
  'notes.damaged':
    'Anteckningarna kunde inte öppnas – de kan vara skadade. Återställ från en säkerhetskopia.',
  'notes.loadFailed': 'Anteckningarna kunde inte läsas in.',
  'home.title': 'Välj omgång och roll',
  'home.intro':
    'Välj vilken omgång du arbetar med och i vilken roll. En person kan ha flera roller.',
  'home.rounds': 'Omgångar',
  'home.noRounds': 'Det finns inga omgångar ännu.',
  'home.demoBadge': 'Demo',
  'home.roundFacts': '{applications} ansökningar · {jurors} jurymedlemmar · {criteria} kriterier',
  'home.chair': 'Ordförande: {name}',
  'home.phases': 'Faser',
  'home.phaseAnonymised': '{name} (anonymiserad)',
  'home.phaseNamed': '{name} (med namn)',
  'home.chooseRole': 'Öppna {round} som',
  'home.selected': 'Vald: {round} som {role}',

  'role.organiser': 'Arrangör',
  'role.organiser.description': 'Förbered omgången, ansökningar och jurypaket.',
  'role.juror': 'Jurymedlem',
  'role.juror.description': 'Läs ansökningarna och sätt poäng.',
  'role.chair': 'Juryordförande',
  'role.chair.description': 'Sammanställ poängen och led överläggningen.',

  'settings.title': 'Inställningar',
  'settings.language': 'Språk',
  'settings.language.help': 'Gäller hela programmet.',
  'settings.language.sv': 'Svenska',
  'settings.language.en': 'English',
  'settings.saved': 'Sparat',

  'about.title': 'Om Juryrum',
  'about.description':
    'Juryrum hjälper priskommittéer att läsa, bedöma och besluta utan nätverk. Allt sparas krypterat på din dator.',
  'about.version': 'Version',
  'about.shell': 'Körs i',
  'about.shell.electron': 'Skrivbordsappen (Electron {version})',
  'about.shell.harness': 'Förhandsvisning i webbläsare',
  'about.node': 'Node.js',
  'about.platform': 'Plattform',

  'status.loading': 'Laddar …',
  'error.title': 'Något gick fel',
  'error.retry': 'Försök igen',
  'error.BAD_REQUEST': 'Begäran var felaktig och avvisades.',
  'error.UNKNOWN_CHANNEL': 'Funktionen finns inte.',
  'error.FORBIDDEN_SENDER': 'Begäran kom från en okänd källa och avvisades.',
  'error.INTERNAL': 'Ett oväntat fel inträffade. Inga data har ändrats.',
  'error.NOT_FOUND': 'Det som efterfrågades finns inte.',
  'error.CANCELLED': 'Avbrutet.',
  'error.LOCKED': 'Valvet är låst. Lås upp det för att fortsätta.',
  'error.WRONG_PASSPHRASE': 'Fel lösenfras.',
  'error.RATE_LIMITED': 'För många försök. Vänta en stund och försök igen.',
  'error.MALFORMED': 'Filen är skadad eller har fel format.',
  'error.TAMPERED': 'Filen har ändrats efter att den skapades och kan inte användas.',
  'error.CONFLICT': 'Åtgärden krockar med befintliga data.',
} as const;

/** The whole Swedish catalogue: core strings plus each role's screens. */
export const sv = {
  ...coreSv,
  ...organiserSv,
  ...jurorSv,
  ...chairSv,
  ...chairHelpSv,
  ...attachmentsSv,
  ...reportSv,
} as const;

export type MessageKey = keyof typeof sv;
