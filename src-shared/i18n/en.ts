import type { MessageKey } from './sv';
import { organiserEn } from './organiser.en';
import { jurorEn } from './juror.en';
import { chairEn } from './chair.en';
import { chairHelpEn } from './chair-help.en';
import { attachmentsEn } from './attachments.en';
import { reportEn } from './report.en';

/** English UI strings. Typed against the Swedish keys: a missing key fails to compile. */
export const en: Record<MessageKey, string> = {
  ...organiserEn,
  ...jurorEn,
  ...chairEn,
  ...chairHelpEn,
  ...attachmentsEn,
  ...reportEn,
  'app.name': 'Juryrum',
  'app.tagline': 'Jury work offline – secure and accessible',
  'nav.label': 'Main menu',
  'nav.home': 'Start',
  'nav.settings': 'Settings',
  'nav.about': 'About Juryrum',
  'nav.skipToContent': 'Skip to content',

  'nav.identity': 'My identity',
  'common.cancel': 'Cancel',
  'common.close': 'Close',

  'vault.welcome': 'Welcome to Juryrum',
  'vault.locked': 'Juryrum is locked',
  'vault.lock': 'Lock',
  'vault.passphrase': 'Passphrase',
  'vault.create.title': 'Create your encrypted vault',
  'vault.create.intro':
    'Everything you do in Juryrum is stored encrypted on this computer. Choose a passphrase only you know.',
  'vault.create.name': 'Your name',
  'vault.create.nameMissing': 'Enter your name.',
  'vault.create.organisation': 'Organisation',
  'vault.create.passphraseHint':
    'At least {min} characters. Several words in a sentence are easy to remember and hard to guess.',
  'vault.create.tooShort': 'The passphrase must have at least {min} characters.',
  'vault.create.confirm': 'Type the passphrase again',
  'vault.create.mismatch': 'The passphrases are not the same.',
  'vault.create.warning':
    'A forgotten passphrase cannot be recovered – not even by us. Without it your data cannot be read.',
  'vault.create.backupAdvice':
    'Your exported files (score files, backups, key file) are your backup. Keep them somewhere safe.',
  'vault.create.keychain':
    "Also protect the vault with the computer's keychain. Opening it then needs both the passphrase and this computer's login.",
  'vault.create.understood': 'I understand that a forgotten passphrase cannot be recovered.',
  'vault.create.mustUnderstand': 'Confirm that you understand before you go on.',
  'vault.create.submit': 'Create the vault',
  'vault.create.working': 'Creating the vault …',
  'vault.strength.tooShort': 'Too short',
  'vault.strength.weak': 'Weak – easy to guess',
  'vault.strength.fair': 'Acceptable',
  'vault.strength.good': 'Good',
  'vault.strength.strong': 'Very strong',
  'vault.unlock.title': 'Unlock',
  'vault.unlock.intro': 'Enter your passphrase to open your rounds.',
  'vault.unlock.submit': 'Unlock',
  'vault.unlock.working': 'Unlocking …',
  'vault.unlock.wait': 'Try again in {seconds} s.',

  'identity.title': 'My identity',
  'identity.name': 'Name',
  'identity.organisation': 'Organisation',
  'identity.fingerprint': 'Fingerprint',
  'identity.fingerprint.help':
    'Read the digits to the organiser over the phone. If they match, you both know the files come from you.',
  'identity.fingerprint.spoken': 'Fingerprint: {digits}',
  'identity.card.title': 'Identity card',
  'identity.card.help':
    'A small signed card with your name and your public keys. Send it to the organiser so you can be enrolled in the jury.',
  'identity.card.export': 'Export my identity card',
  'identity.keys.title': 'Key file',
  'identity.keys.help':
    'The key file holds your private keys, protected by a passphrase of its own. Use it to move to a new computer.',
  'identity.keys.passphrase': 'Passphrase for the key file',
  'identity.keys.tooShort': 'The passphrase is too short.',
  'identity.keys.export': 'Export my keys',
  'identity.keys.importPassphrase': 'Passphrase of the key file to import',
  'identity.keys.import': 'Import key file',
  'identity.saved': 'Saved: {name}',
  'identity.imported': 'The identity was imported.',

  'settings.idleLock': 'Lock automatically after',
  'settings.idleLock.never': 'Never',
  'settings.idleLock.minutes': '{minutes} minutes without activity',
  'settings.passphrase.title': 'Change passphrase',
  'settings.passphrase.current': 'Current passphrase',
  'settings.passphrase.next': 'New passphrase',
  'settings.passphrase.confirm': 'Type the new passphrase again',
  'settings.passphrase.submit': 'Change passphrase',
  'settings.passphrase.changed': 'The passphrase was changed.',

  'backup.title': 'Backup',
  'backup.help': 'The whole vault in one encrypted file. It opens with the vault passphrase.',
  'backup.export': 'Save a backup',
  'backup.saved': 'The backup was saved: {name}',
  'backup.restore': 'Restore from a backup',
  'backup.restore.confirm':
    'Everything in the vault now is replaced by the backup. If the backup is damaged, nothing changes.',
  'backup.restore.passphrase': 'Passphrase of the backup',
  'backup.restore.choose': 'Choose file and restore',
  'backup.restored': 'The backup was restored.',
  'backup.passphrase': 'Vault passphrase',
  'backup.passphrase.missing': 'Type the vault passphrase to save the backup.',
  'backup.passphrase.help':
    "The vault is also protected by this computer's keychain. Type the passphrase so that the backup opens with it alone on another computer.",
  'backup.restore.notStored':
    "The backup's records could not be stored. Nothing was changed – the vault is as before.",
  'backup.restore.notCommitted':
    'The restore could not be completed, so it was undone. The vault is as before.',
  'backup.restore.halfway':
    'The restore stopped halfway: the records come from the backup but the identity is the old one. Restore the same backup again.',
  'backup.restoreEmpty.notStored':
    'The vault was restored, but its records could not be stored. Go to Settings and restore the same backup again.',
  'records.damaged.one':
    'One record could not be opened – it may be damaged. Restore from a backup.',
  'records.damaged.many':
    '{count} records could not be opened – they may be damaged. Restore from a backup.',
  'files.filter.backup': 'Juryrum backup',
  'files.filter.identityCard': 'Juryrum identity card',
  'files.filter.keyFile': 'Juryrum key file',
  'backup.restoreEmpty.title': 'Do you have a backup?',
  'backup.restoreEmpty.help':
    'Start from a backup instead of a new vault, for example on a new computer.',

  'save.saving': 'Saving …',
  'save.saved': 'Saved',
  'save.error': 'Could not save',

  'workspace.title': '{round} – {role}',
  'workspace.back': 'Back to start',
  'workspace.none': 'No round is selected',
  'workspace.comingSoon': 'This part of the work comes in the next version of Juryrum.',
  'notes.title': 'My notes',
  'notes.help': 'Only for you. Notes are saved encrypted as you type and never go into any file.',
  'notes.label': 'Notes',
  'notes.damaged': 'Your notes could not be opened – they may be damaged. Restore from a backup.',
  'notes.loadFailed': 'Your notes could not be loaded.',
  'home.title': 'Choose round and role',
  'home.intro':
    'Choose the round you are working on and your role. One person may hold several roles.',
  'home.rounds': 'Rounds',
  'home.noRounds': 'There are no rounds yet.',
  'home.demoBadge': 'Demo',
  'home.roundFacts': '{applications} applications · {jurors} jurors · {criteria} criteria',
  'home.chair': 'Chair: {name}',
  'home.phases': 'Phases',
  'home.phaseAnonymised': '{name} (anonymised)',
  'home.phaseNamed': '{name} (named)',
  'home.chooseRole': 'Open {round} as',
  'home.selected': 'Selected: {round} as {role}',

  'role.organiser': 'Organiser',
  'role.organiser.description': 'Prepare the round, the applications and the jury packages.',
  'role.juror': 'Juror',
  'role.juror.description': 'Read the applications and score them.',
  'role.chair': 'Jury chair',
  'role.chair.description': 'Consolidate the scores and lead the deliberation.',

  'settings.title': 'Settings',
  'settings.language': 'Language',
  'settings.language.help': 'Applies to the whole app.',
  'settings.language.sv': 'Svenska',
  'settings.language.en': 'English',
  'settings.saved': 'Saved',

  'about.title': 'About Juryrum',
  'about.description':
    'Juryrum helps award juries read, score and decide without a network. Everything is stored encrypted on your computer.',
  'about.version': 'Version',
  'about.shell': 'Running in',
  'about.shell.electron': 'The desktop app (Electron {version})',
  'about.shell.harness': 'Browser preview',
  'about.node': 'Node.js',
  'about.platform': 'Platform',

  'status.loading': 'Loading …',
  'error.title': 'Something went wrong',
  'error.retry': 'Try again',
  'error.BAD_REQUEST': 'The request was malformed and was refused.',
  'error.UNKNOWN_CHANNEL': 'That function does not exist.',
  'error.FORBIDDEN_SENDER': 'The request came from an unknown source and was refused.',
  'error.INTERNAL': 'An unexpected error occurred. No data was changed.',
  'error.NOT_FOUND': 'What was asked for does not exist.',
  'error.CANCELLED': 'Cancelled.',
  'error.LOCKED': 'The vault is locked. Unlock it to continue.',
  'error.WRONG_PASSPHRASE': 'Wrong passphrase.',
  'error.RATE_LIMITED': 'Too many attempts. Wait a moment and try again.',
  'error.MALFORMED': 'The file is damaged or has the wrong format.',
  'error.TAMPERED': 'The file was changed after it was made and cannot be used.',
  'error.CONFLICT': 'The action conflicts with existing data.',
};
