/**
 * The chair's pure core: import state (ledger) on top of the merge rules,
 * the scoring input built from verified score files, the consolidated table
 * with its cross-checks, and the result's deterministic content. The app,
 * the CLI `merge` command and the result export all run through here, so
 * they always agree.
 */
export * from './codes';
export * from './help';
export * from './ids';
export * from './ledger';
export * from './progress';
export * from './tie-policy';
export * from './tie-breaks';
export * from './deliberation';
export * from './scoring-input';
export * from './table-model';
export * from './consolidate';
export * from './result-content';
export * from './stability-fast';
