import type { jurorSv } from './juror.sv';

/** English strings of the juror screens; a missing key fails to compile. */
export const jurorEn: Record<keyof typeof jurorSv, string> = {
  'juror.title': 'Juror',
  'juror.loading': 'Opening your jury packages …',

  'juror.import.title': 'Jury package',
  'juror.import.intro':
    'The organiser sends you an encrypted jury package. It holds the round’s criteria and the applications you are to read. Only your key can open it.',
  'juror.import.button': 'Import jury package …',
  'juror.import.newer': 'Import a new jury package …',
  'juror.import.drop': '… or drop the package file here',
  'juror.import.busy': 'Checking the package …',
  'juror.import.demo': 'Try a demo package',
  'juror.import.demoHelp':
    'Creates a made-up jury package for you from a demo organiser, so that you can try reading and scoring right away.',
  'juror.import.imported':
    'The jury package is imported: {round}, phase {phase}, {applications} applications (roster version {roster}).',
  'juror.import.already': 'You already have this jury package. Nothing has changed.',
  'juror.import.current': 'Phase {phase}, roster version {roster}, from {organiser}.',
  'juror.import.pinned': 'The fingerprint of {name} that you confirmed:',
  'juror.import.unchanged': 'Nothing you already had has changed.',
  'juror.import.refused.title': 'The package was not imported',
  'juror.refusal.NOT_FOR_ME':
    'The package is not for you: it is encrypted to another juror. Ask the organiser for your own package.',
  'juror.refusal.ROSTER_OUTDATED':
    'The package is older than one you already have (an older roster). Use the latest package from the organiser.',
  'juror.refusal.ORGANISER_KEY_CHANGED':
    'Warning: the package is signed with a different key from the organiser key you confirmed for this award. Someone may be pretending to be the organiser. Call the organiser on a number you already know and ask whether they changed their key before you do anything else.',
  'juror.refusal.TAMPERED':
    'The package was changed after it was made, or damaged on the way. Ask the organiser to send it again.',
  'juror.refusal.BAD_SIGNATURE':
    'The package’s signature does not match. It may be forged. Ask the organiser to send it again.',
  'juror.refusal.MALFORMED': 'The file is damaged or is not a jury package.',
  'juror.refusal.TOO_LARGE': 'The file is too large to be a jury package.',
  'juror.refusal.UNSUPPORTED_FORMAT': 'This is not a Juryrum file.',
  'juror.refusal.UNSUPPORTED_VERSION':
    'The package was made by a newer version of Juryrum. Update Juryrum and try again.',
  'juror.refusal.WRONG_TYPE': 'This is another kind of Juryrum file, not a jury package.',
  'juror.refusal.NO_IDENTITY':
    'Your identity is missing from the vault. Import your key file under My identity first.',
  'juror.refusal.STORAGE': 'The vault could not be read or written. Please try again.',
  'juror.loadProblem':
    'A stored jury package for this round cannot be opened. Did you change identity? Your scores are still there.',

  'juror.confirm.title': 'Check the organiser’s fingerprint',
  'juror.confirm.intro':
    'This is the first package from the organiser of {award}. The package is signed by {organiser} ({organisation}).',
  'juror.confirm.call':
    'Call the organiser on a number you already know and ask them to read out their fingerprint. Compare it with the digits below.',
  'juror.confirm.after':
    'When you confirm, Juryrum remembers the key. Later packages for the same award from another key are refused.',
  'juror.confirm.yes': 'The fingerprint matches – import',
  'juror.confirm.no': 'Cancel',
  'juror.confirm.round': 'Round: {round}, phase {phase}, {applications} applications.',

  'juror.list.title': 'My applications',
  'juror.list.order':
    'The applications are shown in a random order of your own that does not change. This lowers the risk that the order affects your judgement.',
  'juror.progress': '{handled} of {total} done',
  'juror.progress.conflicts': 'of which {count} with a conflict of interest',
  'juror.progress.label': 'How far you have come',
  'juror.phase.label': 'Phase',
  'juror.phase.anonymised': '{name} (anonymised)',
  'juror.phase.named': '{name} (named)',
  'juror.status.not-started': 'Not started',
  'juror.status.in-progress': 'Started: {answered} of {total} criteria',
  'juror.status.complete': 'Every criterion scored – not marked as done',
  'juror.status.done': 'Done',
  'juror.status.conflict': 'Conflict declared',

  'juror.search.label': 'Search my applications',
  'juror.search.hint': 'Every word must occur. Upper and lower case do not matter.',
  'juror.search.count': '{count} applications contain what you searched for.',
  'juror.search.none': 'No application contains what you searched for.',
  'juror.search.results': 'Search results',
  'juror.search.hits': '{count} matches',

  'juror.app.back': 'All applications',
  'juror.app.previous': 'Previous application',
  'juror.app.next': 'Next application',
  'juror.app.position': 'Application {index} of {total}',
  'juror.app.toScoring': 'Go to scoring',
  'juror.app.anonymised': 'Anonymised',
  'juror.app.named': '{applicant} ({pseudonym})',
  'juror.app.facts': 'Facts about the applicant',
  'juror.app.noFacts': 'No facts given.',
  'juror.app.text': 'Application',
  'juror.app.emptySection': 'This section is empty.',
  'juror.app.nav': 'Move between applications',
  'juror.fact.population': 'Population',
  'juror.fact.region': 'Part of the country',
  'juror.fact.county': 'County',
  'juror.fact.municipalityGroup': 'Municipality group',
  'juror.note.label': 'My notes on this application',
  'juror.note.help': 'Only for you. Stored encrypted and never part of any file.',

  'juror.scoring.title': 'Scoring',
  'juror.scoring.intro':
    'Choose a value on the scale or “Cannot assess” for every criterion. Everything is saved at once.',
  'juror.scoring.weight': 'weight {weight}',
  'juror.scoring.cannotAssess': 'Cannot assess',
  'juror.scoring.cannotAssessHelp': 'The application gives no basis for judging this criterion.',
  'juror.scoring.notAnswered': 'Not scored yet.',
  'juror.scoring.clear': 'Clear',
  'juror.scoring.comment': 'Comment on {criterion}',
  'juror.scoring.addComment': 'Comment',
  'juror.scoring.overall': 'Overall comment (optional)',
  'juror.scoring.markDone': 'Mark as done',
  'juror.scoring.unmarkDone': 'Undo done',
  'juror.scoring.done': '{name} is done. {progress}.',
  'juror.scoring.missing':
    'These criteria are not scored yet: {criteria}. Choose a value or “Cannot assess”.',
  'juror.scoring.locked':
    'You declared a conflict of interest for this application. It cannot be scored.',

  'juror.conflict.title': 'Conflict of interest',
  'juror.conflict.help':
    'Declare a conflict of interest if you have a connection to the applicant. Your scores and comments on the application are deleted and locked, and the chair sees your declaration.',
  'juror.conflict.declare': 'Declare a conflict of interest …',
  'juror.conflict.reason': 'Reason for the conflict',
  'juror.conflict.reasonMissing': 'Write the reason for the conflict.',
  'juror.conflict.confirm': 'Declare the conflict and delete my scores',
  'juror.conflict.cancel': 'Cancel',
  'juror.conflict.declared': 'Conflict declared: {reason}',
  'juror.conflict.withdraw': 'Withdraw the declaration',

  'juror.keys.title': 'Keyboard shortcuts',
  'juror.keys.intro': 'While a criterion has focus:',
  'juror.keys.digits': 'Digit: set that score',
  'juror.keys.e': 'E: cannot assess',
  'juror.keys.delete': 'Delete or Backspace: clear',
  'juror.keys.n': 'N: next criterion',
  'juror.keys.p': 'P: previous criterion',
  'juror.keys.arrows': 'Arrow keys: move along the scale',
  'juror.keys.tab': 'Tab: next field',

  'juror.export.title': 'Score file for the chair',
  'juror.export.intro':
    'The score file is signed with your key and encrypted to the jury’s chair. You can keep editing and export again; every export gets a new version number.',
  'juror.export.summary': 'Done: {done} · Missing: {missing} · Conflicts: {conflicts}',
  'juror.export.start': 'Export score file …',
  'juror.export.reviewTitle': 'Summary before export',
  'juror.export.doneList': 'Applications done',
  'juror.export.missingList': 'Not done',
  'juror.export.missingItem': '{name}: missing {criteria}',
  'juror.export.missingNone': '{name}: not marked as done',
  'juror.export.conflictList': 'Conflicts of interest',
  'juror.export.conflictItem': '{name}: {reason}',
  'juror.export.none': 'None.',
  'juror.export.status': 'Draft or final',
  'juror.export.draft': 'Draft – I may change my mind',
  'juror.export.final': 'Final – my assessment is complete',
  'juror.export.revision': 'This will be version {revision} of your score file.',
  'juror.export.save': 'Save score file',
  'juror.export.cancel': 'Cancel',
  'juror.export.saved':
    'The score file is saved: {name} (version {revision}). Send it to the chair.',
  'juror.export.last': 'Last exported: version {revision} ({status}), {name}.',
  'juror.export.statusDraft': 'draft',
  'juror.export.statusFinal': 'final',
  'juror.export.refused.PACKAGE_INVALID':
    'The jury package could not be checked again, so no score file was made.',
  'juror.export.refused.INVALID_SCORES':
    'Some scores do not fit the round, so no score file was made.',
  'juror.export.refused.NO_IDENTITY':
    'Your identity is missing from the vault. Import your key file first.',
  'juror.export.refused.STORAGE': 'The export failed. Please try again.',
  'juror.export.refused.REVISION_CHAIN':
    'The version number does not follow your last export, so no score file was made. Close and open the round, then try again.',
  'juror.export.refused.NOT_WRITTEN':
    'The score file could not be saved where you chose. Export again; the next file gets a new version number.',
  'juror.export.issue.unknown-application': '{application} is not in your jury package.',
  'juror.export.issue.unknown-criterion':
    '{application}: the criterion {criterion} is not in the round.',
  'juror.export.issue.out-of-range': '{application}, {criterion}: the score is off the scale.',
  'juror.export.issue.cannot-assess-not-allowed':
    '{application}, {criterion}: “Cannot assess” is not allowed for this criterion.',
  'juror.export.issue.duplicate-score': '{application}, {criterion}: the score appears twice.',
  'juror.export.issue.duplicate-comment': '{application}: the overall comment appears twice.',
  'juror.export.issue.duplicate-conflict': '{application}: the conflict is declared twice.',
  'juror.export.issue.conflicted-scored':
    '{application}, {criterion}: you have a conflict of interest here, but it has a score.',
  'juror.export.issue.conflicted-commented':
    '{application}: you have a conflict of interest here, but it has a comment.',

  'juror.sheet.title': 'Scoring sheet (spreadsheet)',
  'juror.sheet.intro':
    'Prefer a spreadsheet or paper? Export your scoring sheet, fill it in and import it again. You always see what changes before anything is saved.',
  'juror.sheet.exportXlsx': 'Export my scoring sheet (Excel)',
  'juror.sheet.exportCsv': 'Export my scoring sheet (CSV)',
  'juror.sheet.import': 'Import scoring sheet …',
  'juror.sheet.saved': 'The scoring sheet is saved: {name}',
  'juror.sheet.previewTitle': 'Preview: {name}',
  'juror.sheet.changes': 'Changes',
  'juror.sheet.noChanges': 'The scoring sheet changes nothing.',
  'juror.sheet.unchanged': '{count} rows are the same as now.',
  'juror.sheet.col.row': 'Row',
  'juror.sheet.col.application': 'Application',
  'juror.sheet.col.criterion': 'Criterion',
  'juror.sheet.col.before': 'Now',
  'juror.sheet.col.after': 'After import',
  'juror.sheet.col.problem': 'Problem',
  'juror.sheet.empty': '(empty)',
  'juror.sheet.commentChanged': 'comment: “{comment}”',
  'juror.sheet.errors': 'Rows that cannot be used',
  'juror.sheet.error.unknown-application': 'Unknown application “{value}”',
  'juror.sheet.error.unknown-criterion': 'Unknown criterion “{value}”',
  'juror.sheet.error.not-integer': '“{value}” is not a whole number',
  'juror.sheet.error.out-of-range': '{value} is outside the scale',
  'juror.sheet.error.cannot-assess-not-allowed': '“Cannot assess” is not allowed here',
  'juror.sheet.error.conflicted': 'You declared a conflict of interest for “{value}”',
  'juror.sheet.error.duplicate':
    'The same application and criterion are on an earlier row ({value})',
  'juror.sheet.apply': 'Apply {count} changes',
  'juror.sheet.cancel': 'Cancel',
  'juror.sheet.applied': '{count} changes from the scoring sheet are saved.',
  'juror.sheet.columns': 'The scoring sheet has no columns for: {columns}.',
  'juror.sheet.refused.TOO_LARGE': 'The file is too large.',
  'juror.sheet.refused.MALFORMED': 'The file is damaged or cannot be read as a spreadsheet.',
  'juror.sheet.refused.UNSUPPORTED': 'Save the spreadsheet as .xlsx or CSV and try again.',
  'juror.sheet.refused.EMPTY': 'The file is empty.',
  'juror.sheet.refused.STORAGE': 'The import failed. Please try again.',
  'juror.sheet.refused.PHASE_CHANGED':
    'You switched phase since the preview, so nothing changed. Import the scoring sheet again.',
  'juror.sheet.refused.CHANGED_SINCE':
    'Scores changed since the preview, so nothing changed. Import the scoring sheet again to see the changes.',
  'juror.sheet.tabName': 'Scoring sheet',
  'juror.attachment.refused': 'The attachment could not be opened.',
  'juror.attachment.NOT_FOUND': 'It is not in your jury package.',
  'juror.attachment.DAMAGED':
    'Its content does not match what the organiser signed. Ask the organiser for a new jury package.',
};
