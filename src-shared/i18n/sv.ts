/**
 * Swedish UI strings: the default language and the source of truth for keys.
 * Every key must also exist in en.ts (the compiler and a test check it).
 * Placeholders are written {name}.
 */
export const sv = {
  'app.name': 'Juryrum',
  'app.tagline': 'Juryarbete offline – säkert och tillgängligt',
  'nav.label': 'Huvudmeny',
  'nav.home': 'Start',
  'nav.settings': 'Inställningar',
  'nav.about': 'Om Juryrum',
  'nav.skipToContent': 'Hoppa till innehållet',

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

export type MessageKey = keyof typeof sv;
