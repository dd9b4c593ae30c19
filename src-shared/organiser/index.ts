/*
 * Pure helpers of the organiser's work: the editable round draft and its
 * validation, ways to start a round, the records kept in the vault, and the
 * reading copies jurors receive. Used by the renderer and by main.
 */
export * from './draft';
export * from './round-drafts';
export * from './validate-round';
export * from './records';
export * from './reading-copy';
export * from './highlight';
export * from './review-edits';
export * from './attachments';
export * from './attachment-scan';
