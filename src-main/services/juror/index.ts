/**
 * The juror's main-process services: opening jury packages with the vault
 * identity and the juror's pins, building score files, writing and reading
 * scoring sheets. Plain Node, no Electron.
 */
export { openJuryPackage, packageBytesOf } from './open-package';
export type { KnownRoster, OrganiserPin, PackageOutcome } from './open-package';
export { buildJurorScoreFile } from './score-file';
export type { JurorScoreFileInput, JurorScoreFileOutcome } from './score-file';
export { csvCell, sheetCsv, sheetXlsx } from './sheet-file';
export { sheetFileName } from './file-names';
export { scoresFromSheet } from './sheet-scores';
export type { SheetScores } from './sheet-scores';
