import { organiserAttachmentsSv } from './organiser.attachments.sv';
import { organiserImportSv } from './organiser.import.sv';

/**
 * Swedish strings of the organiser screens. Keys start with 'organiser.'.
 * Merged into the main catalogue in sv.ts.
 */
export const organiserSv = {
  ...organiserAttachmentsSv,
  ...organiserImportSv,
  'organiser.title': 'Arrangör',
  'organiser.steps': 'Arrangörens arbetssteg',
  'organiser.step.round': 'Omgången',
  'organiser.step.applications': 'Ansökningar',
  'organiser.step.anonymisation': 'Anonymisering',
  'organiser.step.jury': 'Jury',
  'organiser.step.packages': 'Jurypaket',
  'organiser.step.roundReady': 'Komplett',
  'organiser.step.roundIssues': 'Att rätta: {count}',
  'organiser.step.applicationCount': 'Antal: {count}',
  'organiser.step.approvedCount': 'Godkända: {approved} av {count}',
  'organiser.step.jurorCount': 'Jurymedlemmar: {count}',
  'organiser.step.issuedCount': 'Skapade paket: {count}',
  'organiser.missing':
    'Omgången finns inte i ditt valv. Gå tillbaka till start och välj en annan omgång.',
  'organiser.loadError': 'Omgången kunde inte läsas från valvet. Inga data har ändrats.',
  'organiser.saveFailed': 'Det gick inte att spara. Inga data har ändrats. Försök igen.',
  'organiser.confirm.yes': 'Ja, ta bort',

  'organiser.newRound.open': 'Ny omgång',
  'organiser.newRound.title': 'Skapa en ny omgång',
  'organiser.newRound.start': 'Börja från',
  'organiser.newRound.start.template':
    'Mallen för Sveriges eHälsokommun (åtta kriterier, skala 1–5)',
  'organiser.newRound.start.round': 'En tidigare omgång i ditt valv',
  'organiser.newRound.start.scratch': 'En tom omgång',
  'organiser.newRound.source': 'Tidigare omgång att kopiera',
  'organiser.newRound.noEarlier': 'Det finns ännu ingen tidigare omgång att kopiera.',
  'organiser.newRound.name': 'Namn på omgången',
  'organiser.newRound.nameHint': 'Till exempel ”Sveriges eHälsokommun 2027”.',
  'organiser.newRound.nameMissing': 'Skriv ett namn på omgången.',
  'organiser.newRound.yearInvalid': 'Skriv året med fyra siffror, till exempel 2027.',
  'organiser.newRound.create': 'Skapa omgången',
  'organiser.newRound.failed': 'Omgången kunde inte skapas. Inga data har ändrats.',

  'organiser.round.title': 'Omgången',
  'organiser.round.intro':
    'Beskriv omgången, dess faser och kriterierna som juryn bedömer. Allt sparas medan du skriver.',
  'organiser.round.name': 'Namn på omgången',
  'organiser.round.award': 'Pris',
  'organiser.round.year': 'År',
  'organiser.round.description': 'Beskrivning',
  'organiser.round.descriptionHint': 'Visas för jurymedlemmarna i deras jurypaket.',
  'organiser.round.valid': 'Omgången är komplett och kan användas i jurypaket.',
  'organiser.round.issuesTitle': 'Att rätta innan paketen kan skapas ({count})',

  'organiser.phases.title': 'Faser',
  'organiser.phases.intro':
    'I en anonymiserad fas läser juryn ansökningarna utan sökandens namn, med pseudonymer och grova fakta.',
  'organiser.phases.name': 'Namn på fas {n}',
  'organiser.phases.unnamed': 'Fas {n}',
  'organiser.phases.anonymised': 'Anonymiserad – juryn ser inte vem som har sökt',
  'organiser.phases.remove': 'Ta bort fasen',
  'organiser.phases.add': 'Lägg till en fas',

  'organiser.criteria.title': 'Kriterier',
  'organiser.criteria.intro':
    'Varje kriterium har en nyckel på 1–8 versaler eller siffror, till exempel L. Ändra ordningen med knapparna Flytta upp och Flytta ned, eller dra ett kriterium i handtaget med musen.',
  'organiser.criteria.totalWeight': 'Sammanlagd vikt: {total} (antal kriterier: {count})',
  'organiser.criteria.unnamed': 'Kriterium {n}',
  'organiser.criteria.share': 'Vikt {weight} · {share} %',
  'organiser.criteria.up': 'Flytta upp',
  'organiser.criteria.down': 'Flytta ned',
  'organiser.criteria.expand': 'Visa vägledning och skala',
  'organiser.criteria.collapse': 'Dölj vägledning och skala',
  'organiser.criteria.remove': 'Ta bort',
  'organiser.criteria.removeQuestion': 'Ta bort kriteriet {name}?',
  'organiser.criteria.moved': '{name} är nu nummer {position} av {count}.',
  'organiser.criteria.dragHint': 'Dra för att flytta kriteriet',
  'organiser.criteria.key': 'Nyckel',
  'organiser.criteria.name': 'Namn',
  'organiser.criteria.weight': 'Vikt',
  'organiser.criteria.weightInvalid': 'Skriv en vikt från 0 till 1000, till exempel 1 eller 1,5.',
  'organiser.criteria.guidance': 'Vägledning för jurymedlemmarna',
  'organiser.criteria.guidanceHint':
    'Vad ska jurymedlemmarna titta efter när de bedömer kriteriet?',
  'organiser.criteria.scaleHasIssues':
    'Skalan behöver rättas ({count}). Öppna ”Visa vägledning och skala”.',
  'organiser.criteria.add': 'Lägg till ett kriterium',

  'organiser.scale.legend': 'Skala för {name}',
  'organiser.scale.min': 'Lägsta värde',
  'organiser.scale.max': 'Högsta värde',
  'organiser.scale.cannotAssess':
    'Jurymedlemmar kan välja ”kan inte bedöma” (ej bedömbar), skilt från ett tomt svar',
  'organiser.scale.anchorLabel': 'Rubrik för nivå {level}',
  'organiser.scale.anchorDescription': 'Beskrivning av nivå {level}',

  'organiser.issue.ROUND_NAME_MISSING': 'Omgången behöver ett namn.',
  'organiser.issue.AWARD_MISSING': 'Skriv vilket pris omgången gäller.',
  'organiser.issue.YEAR_INVALID': 'Skriv året med fyra siffror (1900–2200).',
  'organiser.issue.NO_PHASES': 'Omgången behöver minst en fas.',
  'organiser.issue.PHASE_NAME_MISSING': '{phase} behöver ett namn.',
  'organiser.issue.DUPLICATE_PHASE_NAME': 'Två faser heter ”{value}”. Ge dem olika namn.',
  'organiser.issue.NO_CRITERIA': 'Omgången har inga kriterier. Lägg till minst ett.',
  'organiser.issue.ZERO_TOTAL_WEIGHT':
    'Kriteriernas sammanlagda vikt är 0. Ge minst ett kriterium en vikt över 0.',
  'organiser.issue.CRITERION_NAME_MISSING': '{criterion} behöver ett namn.',
  'organiser.issue.DUPLICATE_CRITERION_NAME':
    'Flera kriterier heter ”{value}”. Ge {criterion} ett eget namn.',
  'organiser.issue.CRITERION_KEY_INVALID':
    'Nyckeln för {criterion} ska vara 1–8 versaler eller siffror och börja med en bokstav.',
  'organiser.issue.DUPLICATE_CRITERION_KEY':
    'Nyckeln ”{value}” används av flera kriterier. Ge {criterion} en egen nyckel.',
  'organiser.issue.SCALE_RANGE':
    'Skalan för {criterion} måste ha ett högsta värde som är större än det lägsta.',
  'organiser.issue.ANCHOR_LABEL_MISSING': 'Nivå {level} i skalan för {criterion} saknar rubrik.',
  'organiser.issue.INVALID': 'Omgången har ett fel som inte kunde beskrivas närmare.',

  'organiser.applications.title': 'Ansökningar',
  'organiser.applications.intro':
    'Importera ansökningarna från Excel (.xlsx), en CSV-fil eller en JSON-fil. Du ser en förhandsvisning och en rapport rad för rad innan något sparas.',
  'organiser.applications.none': 'Omgången har inga ansökningar ännu.',
  'organiser.applications.caption': 'Ansökningar i omgången ({count})',
  'organiser.applications.applicant': 'Sökande',
  'organiser.applications.pseudonym': 'Pseudonym',
  'organiser.applications.review': 'Anonymisering',

  'organiser.review.title': 'Anonymisering',
  'organiser.review.intro':
    'Så här läser juryn ansökningarna i de anonymiserade faserna ({phases}). Granska varje ansökan och godkänn den. Paket för en anonymiserad fas kan bara skapas när alla är godkända.',
  'organiser.review.noAnonymisedPhase':
    'Omgången har ingen anonymiserad fas. Du kan ändå granska hur texterna skulle anonymiseras.',
  'organiser.review.progress': 'Godkända ansökningar: {approved} av {count}.',
  'organiser.review.listLabel': 'Ansökningar att granska',
  'organiser.review.approved': 'Godkänd',
  'organiser.review.notApproved': 'Inte godkänd',
  'organiser.review.toApprove':
    'Ersättningar: {count}. Läs den anonymiserade texten och godkänn den när inget avslöjar sökanden.',
  'organiser.review.isApproved':
    'Godkänd. Ersättningar: {count}. Ändrar du termerna behöver den godkännas igen.',
  'organiser.review.approve': 'Godkänn',
  'organiser.review.withdraw': 'Ta tillbaka godkännandet',
  'organiser.review.approvedMessage': '{name} är godkänd.',
  'organiser.review.withdrawn': 'Godkännandet av {name} är borttaget.',
  'organiser.review.original': 'Original',
  'organiser.review.redacted': 'Anonymiserad',
  'organiser.review.section': 'Avsnitt {n}',
  'organiser.review.replacedBy': '(ersätts med {to})',
  'organiser.review.replacing': '(ersatte {from})',

  'organiser.terms.title': 'Termer',
  'organiser.terms.add': 'Ord som också ska tas bort',
  'organiser.terms.addHint':
    'Till exempel en by, en skola eller ett projektnamn. Minst två tecken.',
  'organiser.terms.addButton': 'Lägg till termen',
  'organiser.terms.tooShort': 'Skriv minst två tecken.',
  'organiser.terms.added': '”{term}” tas nu bort ur texten.',
  'organiser.terms.kept': '”{term}” står nu kvar i texten.',
  'organiser.terms.redactedAgain': '”{term}” ersätts igen.',
  'organiser.terms.extraTitle': 'Termer du har lagt till',
  'organiser.terms.removeExtra': 'Ta bort termen ”{term}”',
  'organiser.terms.replacedTitle': 'Ersatta ord',
  'organiser.terms.noneReplaced': 'Inget har ersatts i den här ansökan.',
  'organiser.terms.times': 'antal: {count}',
  'organiser.terms.keep': 'Behåll ”{term}”',
  'organiser.terms.keptTitle': 'Ord du har valt att behålla',
  'organiser.terms.redactAgain': 'Ersätt ”{term}” igen',
  'organiser.kind.applicant': 'sökanden',
  'organiser.kind.municipality': 'kommun',
  'organiser.kind.person': 'person',
  'organiser.kind.email': 'e-post',
  'organiser.kind.phone': 'telefon',
  'organiser.kind.web': 'webbadress',
  'organiser.kind.orgNumber': 'organisationsnummer',
  'organiser.kind.extra': 'din term',

  'organiser.leaks.title': 'Ord att granska',
  'organiser.leaks.intro':
    'Ord i den anonymiserade texten som kan vara namn på orter eller personer. Lägg till dem som termer om de avslöjar sökanden.',
  'organiser.leaks.none': 'Inga misstänkta ord hittades.',
  'organiser.leaks.reason.capitalised': 'stor bokstav mitt i en mening',
  'organiser.leaks.reason.place-suffix': 'slutar som ett ortnamn',
  'organiser.leaks.reason.ambiguous-place': 'kommunnamn som också är ett vanligt ord eller namn',
  'organiser.leaks.add': 'Lägg till ”{term}” som term',

  'organiser.facts.title': 'Fakta om sökanden',
  'organiser.facts.named': 'Som de är skrivna (namngivna faser)',
  'organiser.facts.anonymised': 'Som juryn ser dem i anonymiserade faser',
  'organiser.facts.none': 'Inga fakta.',
  'organiser.fact.population': 'Invånare',
  'organiser.fact.county': 'Län',
  'organiser.fact.region': 'Landsdel',
  'organiser.fact.municipalityGroup': 'Kommungrupp',

  'organiser.jury.title': 'Jury',
  'organiser.jury.jurors': 'Jurymedlemmar',
  'organiser.jury.intro':
    'Be varje jurymedlem skicka sitt identitetskort (en .juryrum-id-fil). Ring sedan upp och läs fingeravtrycket högt tillsammans innan du skapar paket.',
  'organiser.jury.version': 'Jurylistans version: {version}.',
  'organiser.jury.noRoster': 'Jurylistan skapas när du importerar det första identitetskortet.',
  'organiser.jury.changedSinceIssue':
    'Listan har ändrats sedan paketen med version {issued} skapades. Skapa nya paket.',
  'organiser.jury.importCards': 'Importera identitetskort …',
  'organiser.jury.none': 'Inga jurymedlemmar ännu.',
  'organiser.jury.caption': 'Jurymedlemmar ({count})',
  'organiser.jury.name': 'Namn',
  'organiser.jury.organisation': 'Organisation',
  'organiser.jury.role': 'Roll',
  'organiser.jury.fingerprint': 'Fingeravtryck',
  'organiser.jury.actions': 'Åtgärder',
  'organiser.jury.chair': 'Ordförande',
  'organiser.jury.juror': 'Jurymedlem',
  'organiser.jury.remove': 'Ta bort',
  'organiser.jury.removeQuestion': 'Ta bort {name} ur juryn?',
  'organiser.jury.removed': '{name} är borttagen ur juryn.',
  'organiser.enrol.enrolled': '{file}: {name} har lagts till. Jämför fingeravtrycket per telefon.',
  'organiser.enrol.unchanged': '{file}: {name} finns redan i juryn. Inget har ändrats.',
  'organiser.enrol.failed': '{file}: {reason} Inget har ändrats.',
  'organiser.enrol.reason.DUPLICATE_KEY':
    'Nycklarna på kortet finns redan hos en annan jurymedlem.',
  'organiser.enrol.reason.KEY_CHANGED':
    'Det finns redan en jurymedlem med samma namn men andra nycklar. Har nycklarna bytts på riktigt, ta först bort jurymedlemmen.',
  'organiser.enrol.reason.TAMPERED':
    'Kortets signatur stämmer inte. Kortet har ändrats efter att det skapades.',
  'organiser.enrol.reason.MALFORMED': 'Filen är skadad eller är inget identitetskort.',
  'organiser.enrol.reason.NOT_A_CARD': 'Filen är en annan sorts Juryrum-fil, inget identitetskort.',
  'organiser.enrol.reason.UNSUPPORTED_VERSION': 'Kortet är gjort med en nyare version av Juryrum.',
  'organiser.enrol.reason.TOO_LARGE': 'Filen är för stor för att vara ett identitetskort.',
  'organiser.enrol.reason.TOO_MANY': 'Juryn har redan så många medlemmar som en omgång kan ha.',

  'organiser.identity.title': 'Du som arrangör',
  'organiser.identity.signsAs': 'Jurylistan och paketen signeras av {name} ({organisation}).',
  'organiser.identity.help':
    'Jurymedlemmarna ser detta fingeravtryck när de öppnar sitt första paket. Läs det för dem per telefon.',
  'organiser.identity.changed':
    'Ditt valv har en annan identitet än jurylistan. Nästa paket signeras med den nya, och jurylistans version höjs.',
  'organiser.identity.missing':
    'Valvet har ingen identitet. Importera en nyckelfil under Min identitet.',
  'organiser.identity.failed': 'Din identitet kunde inte läsas.',

  'organiser.chair.title': 'Ordförande',
  'organiser.chair.legend': 'Vem är juryns ordförande?',
  'organiser.chair.none': 'Välj en ordförande. Utan ordförande kan inga paket skapas.',
  'organiser.chair.set': '{name} är ordförande.',

  'organiser.conflicts.title': 'Jäv',
  'organiser.conflicts.intro':
    'En jurymedlem som är jävig för en ansökan får inte den ansökan i sitt paket.',
  'organiser.conflicts.noApplications': 'Importera ansökningar innan du registrerar jäv.',
  'organiser.conflicts.juror': 'Jurymedlem',
  'organiser.conflicts.application': 'Ansökan',
  'organiser.conflicts.reason': 'Skäl',
  'organiser.conflicts.pick': 'Välj …',
  'organiser.conflicts.add': 'Registrera jäv',
  'organiser.conflicts.choose': 'Välj både jurymedlem och ansökan.',
  'organiser.conflicts.noReason':
    'Skriv skälet till jävet, till exempel ”Arbetar i kommunen”. Jävet har inte registrerats.',
  'organiser.conflicts.added': 'Jäv registrerat: {juror} för {application}.',
  'organiser.conflicts.removed': 'Jävet är borttaget.',
  'organiser.conflicts.caption': 'Registrerade jäv ({count})',
  'organiser.conflicts.remove': 'Ta bort jävet',

  'organiser.packages.title': 'Jurypaket',
  'organiser.packages.intro':
    'Varje jurymedlem får ett eget paket per fas, signerat av dig och krypterat så att bara hen kan öppna det. Skicka filerna på det sätt ni brukar, till exempel med e-post.',
  'organiser.packages.phase': 'Fas',
  'organiser.packages.phaseAnonymised': '{name} (anonymiserad)',
  'organiser.packages.phaseNamed': '{name} (med namn)',
  'organiser.packages.issueAll': 'Skapa paket för alla till en mapp …',
  'organiser.packages.perJuror': 'Ett paket i taget',
  'organiser.packages.conflicts': 'Jävig för',
  'organiser.packages.saveOne': 'Spara paketet …',
  'organiser.packages.cancelled': 'Avbrutet. Inga paket skapades.',
  'organiser.packages.savedAll':
    'Paket som skapades: {count}, i mappen {folder}. Jurylistans version: {version}.',
  'organiser.packages.savedOne': 'Paketet sparades som {file}. Jurylistans version: {version}.',
  'organiser.packages.refused.UNAPPROVED':
    'Paketen skapades inte: alla ansökningar måste vara godkända i anonymiseringen först. Inte godkända: {applications}.',
  'organiser.packages.refused.NO_CHAIR': 'Paketen skapades inte: välj en ordförande först.',
  'organiser.packages.refused.NO_JURORS':
    'Paketen skapades inte: importera jurymedlemmarnas identitetskort först.',
  'organiser.packages.refused.NO_APPLICATIONS':
    'Paketen skapades inte: omgången har inga ansökningar.',
  'organiser.packages.refused.UNKNOWN_PHASE': 'Paketen skapades inte: fasen finns inte längre.',
  'organiser.packages.refused.UNKNOWN_JUROR':
    'Paketen skapades inte: jurymedlemmen finns inte längre i jurylistan.',
  'organiser.packages.refused.INVALID':
    'Paketen skapades inte: omgångens uppgifter hänger inte ihop. Kontrollera omgången och juryn.',

  'organiser.ready.title': 'Innan paketen skapas',
  'organiser.ready.ok': 'Klart:',
  'organiser.ready.missing': 'Saknas:',
  'organiser.ready.round': 'Omgången är komplett.',
  'organiser.ready.roundIssues': 'Omgången har saker att rätta ({count}), se steget Omgången.',
  'organiser.ready.applications': 'Ansökningar: {count}.',
  'organiser.ready.noApplications': 'Omgången har inga ansökningar.',
  'organiser.ready.named': 'Fasen visar ansökningarna med namn; ingen anonymisering behövs.',
  'organiser.ready.approved': 'Alla ansökningar är godkända i anonymiseringen ({count}).',
  'organiser.ready.unapproved': 'Inte godkända i anonymiseringen ({count}): {applications}.',
  'organiser.ready.jurors': 'Jurymedlemmar: {count}.',
  'organiser.ready.noJurors': 'Inga jurymedlemmar.',
  'organiser.ready.chair': 'Ordförande: {name}.',
  'organiser.ready.noChair': 'Ingen ordförande är vald.',
  'organiser.ready.rosterVersion': 'Paketen får jurylistans version {version}.',

  'organiser.issued.caption': 'Skapade paket ({count})',
  'organiser.issued.file': 'Fil',
  'organiser.issued.phase': 'Fas',
  'organiser.issued.juror': 'Jurymedlem',
  'organiser.issued.applications': 'Ansökningar',
  'organiser.issued.rosterVersion': 'Jurylistans version',
  'organiser.issued.at': 'Skapat',
} as const;
