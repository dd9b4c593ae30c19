/**
 * Main-process side of the chair: opening the chair's own package with the
 * vault identity, verifying score files, reading picked files and folders
 * with size caps, and making the signed result. Plain Node, no Electron.
 * The consolidation itself is pure and shared (src-shared/chair).
 */
export { fromBase64, toBase64 } from './codec';
export { openChairPackage } from './package';
export type { ChairPackageOpen, ChairPackageOptions } from './package';
export { checkScoreFile } from './score-files';
export type { ChairFileCheck } from './score-files';
export { listExchangeFiles, MAX_FOLDER_FILES, readPickedFiles } from './read-files';
export type { PickedFile } from './read-files';
export { exportChairResult } from './export-result';
export type { ChairExport, ChairExportInput } from './export-result';
