/**
 * The organiser's main-process work: reading import files, the roster
 * (enrolment from identity cards, chair, conflicts, version rule) and
 * issuing jury packages. Plain Node, no Electron; the round itself is kept
 * sealed by the renderer and handed over for each operation.
 */
export { IMPORT_MAX_BYTES, readCapped, readImportBytes, readImportFile } from './import-file';
export type { ImportFileResult } from './import-file';
export { addAttachments, bytesSource, fileSource } from './attachments';
export type { AddOutcome, AttachmentSource } from './attachments';
export { readJsonAttachments } from './json-attachments';
export type { JsonAttachments } from './json-attachments';
export { existsIn, uniqueNames, withSuffix } from './unique-names';
export {
  alignRoster,
  editRoster,
  enrolCards,
  jurorIdFor,
  newRoster,
  settleVersion,
} from './roster-service';
export type { CardFile } from './roster-service';
export { preparePackages } from './issue';
export type { IssueInput, IssueOutcome, PreparedPackage } from './issue';
export { anonymiseFile } from './anonymise-file';
export type { AnonymiseFileResult, AnonymisedEntry } from './anonymise-file';
export { describeFile, INSPECT_MAX_BYTES } from './inspect-file';
export type { Detail, FileDescription, SignerInfo } from './inspect-file';
export { readTrust, verifyPackage, verifyResult, verifyScoreFile } from './inspect-verify';
export type { VerifiedContent } from './inspect-verify';
