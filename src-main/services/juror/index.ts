/**
 * The juror's main-process services: opening jury packages with the vault
 * identity and the juror's pins (with a memo of the last verified one),
 * opening their attachments, building score files, writing and reading
 * scoring sheets. Plain Node, no Electron.
 */
export { openJuryPackage, packageBytesOf } from './open-package';
export type { KnownRoster, OrganiserPin, PackageOutcome } from './open-package';
export { openJurorAttachment } from './attachment';
export type { AttachmentOutcome, AttachmentRequest, PackageVerifier } from './attachment';
export { createPackageMemo, MEMO_TTL_MS } from './verified-memo';
export type { PackageMemo } from './verified-memo';
export { buildJurorScoreFile } from './score-file';
export type { JurorScoreFileInput, JurorScoreFileOutcome } from './score-file';
export { csvCell, sheetCsv, sheetXlsx } from './sheet-file';
export { sheetFileName } from './file-names';
export { scoresFromSheet } from './sheet-scores';
export type { SheetScores } from './sheet-scores';
