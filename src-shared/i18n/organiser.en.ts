import type { organiserSv } from './organiser.sv';
import { organiserAttachmentsEn } from './organiser.attachments.en';
import { organiserImportEn } from './organiser.import.en';

/** English strings of the organiser screens; a missing key fails to compile. */
export const organiserEn: Record<keyof typeof organiserSv, string> = {
  ...organiserAttachmentsEn,
  ...organiserImportEn,
  'organiser.title': 'Organiser',
  'organiser.steps': "The organiser's steps",
  'organiser.step.round': 'The round',
  'organiser.step.applications': 'Applications',
  'organiser.step.anonymisation': 'Anonymisation',
  'organiser.step.jury': 'Jury',
  'organiser.step.packages': 'Jury packages',
  'organiser.step.roundReady': 'Complete',
  'organiser.step.roundIssues': 'To fix: {count}',
  'organiser.step.applicationCount': 'Count: {count}',
  'organiser.step.approvedCount': 'Approved: {approved} of {count}',
  'organiser.step.jurorCount': 'Jurors: {count}',
  'organiser.step.issuedCount': 'Packages made: {count}',
  'organiser.missing':
    'This round is not in your vault. Go back to the start and choose another round.',
  'organiser.loadError': 'The round could not be read from the vault. No data has changed.',
  'organiser.saveFailed': 'Saving failed. No data has changed. Please try again.',
  'organiser.confirm.yes': 'Yes, remove',

  'organiser.newRound.open': 'New round',
  'organiser.newRound.title': 'Create a new round',
  'organiser.newRound.start': 'Start from',
  'organiser.newRound.start.template':
    'The Sveriges eHälsokommun template (eight criteria, scale 1–5)',
  'organiser.newRound.start.round': 'An earlier round in your vault',
  'organiser.newRound.start.scratch': 'An empty round',
  'organiser.newRound.source': 'Earlier round to copy',
  'organiser.newRound.noEarlier': 'There is no earlier round to copy yet.',
  'organiser.newRound.name': 'Name of the round',
  'organiser.newRound.nameHint': 'For example “Sveriges eHälsokommun 2027”.',
  'organiser.newRound.nameMissing': 'Enter a name for the round.',
  'organiser.newRound.yearInvalid': 'Enter the year in four digits, for example 2027.',
  'organiser.newRound.create': 'Create the round',
  'organiser.newRound.failed': 'The round could not be created. No data has changed.',

  'organiser.round.title': 'The round',
  'organiser.round.intro':
    'Describe the round, its phases and the criteria the jury assesses. Everything is saved as you type.',
  'organiser.round.name': 'Name of the round',
  'organiser.round.award': 'Award',
  'organiser.round.year': 'Year',
  'organiser.round.description': 'Description',
  'organiser.round.descriptionHint': 'Shown to the jurors in their jury packages.',
  'organiser.round.valid': 'The round is complete and can be used in jury packages.',
  'organiser.round.issuesTitle': 'To fix before packages can be made ({count})',

  'organiser.phases.title': 'Phases',
  'organiser.phases.intro':
    "In an anonymised phase the jury reads the applications without the applicant's name, with pseudonyms and coarse facts.",
  'organiser.phases.name': 'Name of phase {n}',
  'organiser.phases.unnamed': 'Phase {n}',
  'organiser.phases.anonymised': 'Anonymised – the jury does not see who applied',
  'organiser.phases.remove': 'Remove the phase',
  'organiser.phases.add': 'Add a phase',

  'organiser.criteria.title': 'Criteria',
  'organiser.criteria.intro':
    'Each criterion has a key of 1–8 capital letters or digits, for example L. Change the order with the Move up and Move down buttons, or drag a criterion by its handle with the mouse.',
  'organiser.criteria.totalWeight': 'Total weight: {total} (number of criteria: {count})',
  'organiser.criteria.unnamed': 'Criterion {n}',
  'organiser.criteria.share': 'Weight {weight} · {share} %',
  'organiser.criteria.up': 'Move up',
  'organiser.criteria.down': 'Move down',
  'organiser.criteria.expand': 'Show guidance and scale',
  'organiser.criteria.collapse': 'Hide guidance and scale',
  'organiser.criteria.remove': 'Remove',
  'organiser.criteria.removeQuestion': 'Remove the criterion {name}?',
  'organiser.criteria.moved': '{name} is now number {position} of {count}.',
  'organiser.criteria.dragHint': 'Drag to move the criterion',
  'organiser.criteria.key': 'Key',
  'organiser.criteria.name': 'Name',
  'organiser.criteria.weight': 'Weight',
  'organiser.criteria.weightInvalid': 'Enter a weight from 0 to 1000, for example 1 or 1.5.',
  'organiser.criteria.guidance': 'Guidance for jurors',
  'organiser.criteria.guidanceHint': 'What should jurors look for when they assess this criterion?',
  'organiser.criteria.scaleHasIssues':
    'The scale needs fixing ({count}). Open “Show guidance and scale”.',
  'organiser.criteria.add': 'Add a criterion',

  'organiser.scale.legend': 'Scale for {name}',
  'organiser.scale.min': 'Lowest value',
  'organiser.scale.max': 'Highest value',
  'organiser.scale.cannotAssess':
    'Jurors can choose “cannot assess”, which is different from an empty answer',
  'organiser.scale.anchorLabel': 'Heading of level {level}',
  'organiser.scale.anchorDescription': 'Description of level {level}',

  'organiser.issue.ROUND_NAME_MISSING': 'The round needs a name.',
  'organiser.issue.AWARD_MISSING': 'Enter the award this round is for.',
  'organiser.issue.YEAR_INVALID': 'Enter the year in four digits (1900–2200).',
  'organiser.issue.NO_PHASES': 'The round needs at least one phase.',
  'organiser.issue.PHASE_NAME_MISSING': '{phase} needs a name.',
  'organiser.issue.DUPLICATE_PHASE_NAME':
    'Two phases are called “{value}”. Give them different names.',
  'organiser.issue.NO_CRITERIA': 'The round has no criteria. Add at least one.',
  'organiser.issue.ZERO_TOTAL_WEIGHT':
    'The total weight of the criteria is 0. Give at least one criterion a weight above 0.',
  'organiser.issue.CRITERION_NAME_MISSING': '{criterion} needs a name.',
  'organiser.issue.DUPLICATE_CRITERION_NAME':
    'Several criteria are called “{value}”. Give {criterion} a name of its own.',
  'organiser.issue.CRITERION_KEY_INVALID':
    'The key of {criterion} must be 1–8 capital letters or digits, starting with a letter.',
  'organiser.issue.DUPLICATE_CRITERION_KEY':
    'The key “{value}” is used by several criteria. Give {criterion} a key of its own.',
  'organiser.issue.SCALE_RANGE':
    'The scale of {criterion} needs a highest value above its lowest value.',
  'organiser.issue.ANCHOR_LABEL_MISSING':
    'Level {level} of the scale of {criterion} has no heading.',
  'organiser.issue.INVALID': 'The round has an error that could not be described further.',

  'organiser.applications.title': 'Applications',
  'organiser.applications.intro':
    'Import the applications from Excel (.xlsx), a CSV file or a JSON file. You see a preview and a row-by-row report before anything is saved.',
  'organiser.applications.none': 'The round has no applications yet.',
  'organiser.applications.caption': 'Applications in the round ({count})',
  'organiser.applications.applicant': 'Applicant',
  'organiser.applications.pseudonym': 'Pseudonym',
  'organiser.applications.review': 'Anonymisation',

  'organiser.review.title': 'Anonymisation',
  'organiser.review.intro':
    'This is how the jury reads the applications in the anonymised phases ({phases}). Review each application and approve it. Packages for an anonymised phase can only be made when all are approved.',
  'organiser.review.noAnonymisedPhase':
    'The round has no anonymised phase. You can still review how the texts would be anonymised.',
  'organiser.review.progress': 'Approved applications: {approved} of {count}.',
  'organiser.review.listLabel': 'Applications to review',
  'organiser.review.approved': 'Approved',
  'organiser.review.notApproved': 'Not approved',
  'organiser.review.toApprove':
    'Replacements: {count}. Read the anonymised text and approve it when nothing gives the applicant away.',
  'organiser.review.isApproved':
    'Approved. Replacements: {count}. If you change the terms, it needs approving again.',
  'organiser.review.approve': 'Approve',
  'organiser.review.withdraw': 'Withdraw the approval',
  'organiser.review.approvedMessage': '{name} is approved.',
  'organiser.review.withdrawn': 'The approval of {name} is withdrawn.',
  'organiser.review.original': 'Original',
  'organiser.review.redacted': 'Anonymised',
  'organiser.review.section': 'Section {n}',
  'organiser.review.replacedBy': '(replaced by {to})',
  'organiser.review.replacing': '(replaced {from})',

  'organiser.terms.title': 'Terms',
  'organiser.terms.add': 'Word that should also be removed',
  'organiser.terms.addHint':
    'For example a village, a school or a project name. At least two characters.',
  'organiser.terms.addButton': 'Add the term',
  'organiser.terms.tooShort': 'Enter at least two characters.',
  'organiser.terms.added': '“{term}” is now removed from the text.',
  'organiser.terms.kept': '“{term}” now stays in the text.',
  'organiser.terms.redactedAgain': '“{term}” is replaced again.',
  'organiser.terms.extraTitle': 'Terms you added',
  'organiser.terms.removeExtra': 'Remove the term “{term}”',
  'organiser.terms.replacedTitle': 'Replaced words',
  'organiser.terms.noneReplaced': 'Nothing was replaced in this application.',
  'organiser.terms.times': 'count: {count}',
  'organiser.terms.keep': 'Keep “{term}”',
  'organiser.terms.keptTitle': 'Words you chose to keep',
  'organiser.terms.redactAgain': 'Replace “{term}” again',
  'organiser.kind.applicant': 'the applicant',
  'organiser.kind.municipality': 'municipality',
  'organiser.kind.person': 'person',
  'organiser.kind.email': 'e-mail',
  'organiser.kind.phone': 'phone',
  'organiser.kind.web': 'web address',
  'organiser.kind.orgNumber': 'organisation number',
  'organiser.kind.extra': 'your term',

  'organiser.leaks.title': 'Words to check',
  'organiser.leaks.intro':
    'Words in the anonymised text that may be names of places or people. Add them as terms if they give the applicant away.',
  'organiser.leaks.none': 'No suspicious words were found.',
  'organiser.leaks.reason.capitalised': 'capital letter inside a sentence',
  'organiser.leaks.reason.place-suffix': 'ends like a place name',
  'organiser.leaks.reason.ambiguous-place': 'municipality name that is also a common word or name',
  'organiser.leaks.add': 'Add “{term}” as a term',

  'organiser.facts.title': 'Facts about the applicant',
  'organiser.facts.named': 'As written (named phases)',
  'organiser.facts.anonymised': 'As the jury sees them in anonymised phases',
  'organiser.facts.none': 'No facts.',
  'organiser.fact.population': 'Population',
  'organiser.fact.county': 'County',
  'organiser.fact.region': 'Part of Sweden',
  'organiser.fact.municipalityGroup': 'Municipality group',

  'organiser.jury.title': 'Jury',
  'organiser.jury.jurors': 'Jurors',
  'organiser.jury.intro':
    'Ask each juror to send their identity card (a .juryrum-id file). Then call them and read the fingerprint aloud together before you make packages.',
  'organiser.jury.version': 'Roster version: {version}.',
  'organiser.jury.noRoster': 'The roster is created when you import the first identity card.',
  'organiser.jury.changedSinceIssue':
    'The roster has changed since the packages with version {issued} were made. Make new packages.',
  'organiser.jury.importCards': 'Import identity cards …',
  'organiser.jury.none': 'No jurors yet.',
  'organiser.jury.caption': 'Jurors ({count})',
  'organiser.jury.name': 'Name',
  'organiser.jury.organisation': 'Organisation',
  'organiser.jury.role': 'Role',
  'organiser.jury.fingerprint': 'Fingerprint',
  'organiser.jury.actions': 'Actions',
  'organiser.jury.chair': 'Chair',
  'organiser.jury.juror': 'Juror',
  'organiser.jury.remove': 'Remove',
  'organiser.jury.removeQuestion': 'Remove {name} from the jury?',
  'organiser.jury.removed': '{name} was removed from the jury.',
  'organiser.enrol.enrolled': '{file}: {name} was added. Compare the fingerprint by phone.',
  'organiser.enrol.unchanged': '{file}: {name} is already in the jury. Nothing has changed.',
  'organiser.enrol.failed': '{file}: {reason} Nothing has changed.',
  'organiser.enrol.reason.DUPLICATE_KEY': 'The keys on this card already belong to another juror.',
  'organiser.enrol.reason.KEY_CHANGED':
    'There already is a juror with this name but other keys. If the keys really changed, remove the juror first.',
  'organiser.enrol.reason.TAMPERED':
    "The card's signature does not match. The card was changed after it was made.",
  'organiser.enrol.reason.MALFORMED': 'The file is damaged or not an identity card.',
  'organiser.enrol.reason.NOT_A_CARD':
    'The file is another kind of Juryrum file, not an identity card.',
  'organiser.enrol.reason.UNSUPPORTED_VERSION': 'The card was made by a newer version of Juryrum.',
  'organiser.enrol.reason.TOO_LARGE': 'The file is too large to be an identity card.',
  'organiser.enrol.reason.TOO_MANY': 'The jury already has as many members as a round can have.',

  'organiser.identity.title': 'You as organiser',
  'organiser.identity.signsAs':
    'The roster and the packages are signed by {name} ({organisation}).',
  'organiser.identity.help':
    'Jurors see this fingerprint when they open their first package. Read it to them by phone.',
  'organiser.identity.changed':
    'Your vault has another identity than the roster. The next packages are signed with the new one, and the roster version goes up.',
  'organiser.identity.missing': 'The vault has no identity. Import a key file under My identity.',
  'organiser.identity.failed': 'Your identity could not be read.',

  'organiser.chair.title': 'Chair',
  'organiser.chair.legend': 'Who chairs the jury?',
  'organiser.chair.none': 'Choose a chair. Without a chair no packages can be made.',
  'organiser.chair.set': '{name} is the chair.',

  'organiser.conflicts.title': 'Conflicts of interest',
  'organiser.conflicts.intro':
    'A juror with a conflict of interest on an application does not get that application in their package.',
  'organiser.conflicts.noApplications': 'Import applications before you record conflicts.',
  'organiser.conflicts.juror': 'Juror',
  'organiser.conflicts.application': 'Application',
  'organiser.conflicts.reason': 'Reason',
  'organiser.conflicts.pick': 'Choose …',
  'organiser.conflicts.add': 'Record the conflict',
  'organiser.conflicts.choose': 'Choose both a juror and an application.',
  'organiser.conflicts.noReason':
    'Write the reason for the conflict, for example “Works for the municipality”. The conflict was not recorded.',
  'organiser.conflicts.added': 'Conflict recorded: {juror} for {application}.',
  'organiser.conflicts.removed': 'The conflict was removed.',
  'organiser.conflicts.caption': 'Recorded conflicts ({count})',
  'organiser.conflicts.remove': 'Remove the conflict',

  'organiser.packages.title': 'Jury packages',
  'organiser.packages.intro':
    'Each juror gets a package of their own per phase, signed by you and encrypted so that only they can open it. Send the files the way you usually do, for example by e-mail.',
  'organiser.packages.phase': 'Phase',
  'organiser.packages.phaseAnonymised': '{name} (anonymised)',
  'organiser.packages.phaseNamed': '{name} (named)',
  'organiser.packages.issueAll': 'Make packages for everyone in a folder …',
  'organiser.packages.perJuror': 'One package at a time',
  'organiser.packages.conflicts': 'Conflicted on',
  'organiser.packages.saveOne': 'Save the package …',
  'organiser.packages.cancelled': 'Cancelled. No packages were made.',
  'organiser.packages.savedAll':
    'Packages made: {count}, in the folder {folder}. Roster version: {version}.',
  'organiser.packages.savedOne': 'The package was saved as {file}. Roster version: {version}.',
  'organiser.packages.refused.UNAPPROVED':
    'No packages were made: every application must be approved in the anonymisation first. Not approved: {applications}.',
  'organiser.packages.refused.NO_CHAIR': 'No packages were made: choose a chair first.',
  'organiser.packages.refused.NO_JURORS':
    "No packages were made: import the jurors' identity cards first.",
  'organiser.packages.refused.NO_APPLICATIONS':
    'No packages were made: the round has no applications.',
  'organiser.packages.refused.UNKNOWN_PHASE': 'No packages were made: the phase no longer exists.',
  'organiser.packages.refused.UNKNOWN_JUROR':
    'No packages were made: the juror is no longer in the roster.',
  'organiser.packages.refused.INVALID':
    "No packages were made: the round's details do not fit together. Check the round and the jury.",

  'organiser.ready.title': 'Before the packages are made',
  'organiser.ready.ok': 'Done:',
  'organiser.ready.missing': 'Missing:',
  'organiser.ready.round': 'The round is complete.',
  'organiser.ready.roundIssues': 'The round has things to fix ({count}); see the step The round.',
  'organiser.ready.applications': 'Applications: {count}.',
  'organiser.ready.noApplications': 'The round has no applications.',
  'organiser.ready.named': 'The phase shows applications with names; no anonymisation is needed.',
  'organiser.ready.approved': 'Every application is approved in the anonymisation ({count}).',
  'organiser.ready.unapproved': 'Not approved in the anonymisation ({count}): {applications}.',
  'organiser.ready.jurors': 'Jurors: {count}.',
  'organiser.ready.noJurors': 'No jurors.',
  'organiser.ready.chair': 'Chair: {name}.',
  'organiser.ready.noChair': 'No chair has been chosen.',
  'organiser.ready.rosterVersion': 'The packages get roster version {version}.',

  'organiser.issued.caption': 'Packages made ({count})',
  'organiser.issued.file': 'File',
  'organiser.issued.phase': 'Phase',
  'organiser.issued.juror': 'Juror',
  'organiser.issued.applications': 'Applications',
  'organiser.issued.rosterVersion': 'Roster version',
  'organiser.issued.at': 'Made',
};
