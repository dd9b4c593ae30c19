/**
 * Exchange files between organiser, jurors and chair, built on the crypto
 * container: the roster, jury packages, score files and results. Plain Node,
 * no Electron. Schemas and pure helpers (also for the renderer) are in
 * src-shared/exchange and re-exported here. Formats: docs/formats.md.
 */
export * from '../../../src-shared/exchange';
export { ExchangeError, isExchangeError } from './errors';
export {
  addConflict,
  assertRosterReady,
  bumpRosterVersion,
  createRoster,
  enrolFromCard,
  removeConflict,
  removeJuror,
  setChair,
} from './roster';
export { personFromIdentity, rosterKeysConsistent } from './people';
export { issuePackage, openPackage } from './package';
export type { ExchangeFile, IssuePackageInput, OpenedPackage, OpenPackageOptions } from './package';
export { createScoreFile, describeIssue } from './score-file';
export type { CreateScoreFileInput } from './score-file';
export { verifyScoreFileForChair } from './verify-score-file';
export type { ChairVerifyOptions, ChairVerdict } from './verify-score-file';
export { createResult, openResult } from './result';
export type { CreateResultInput, OpenedResult, OpenResultOptions } from './result';
export { peekExchangeFile } from './peek';
export type { ExchangePeek } from './peek';
