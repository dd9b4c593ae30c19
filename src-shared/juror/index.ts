/*
 * The juror's pure domain logic: reading order, scoring state and progress,
 * score-file content, the scoring sheet, search and keyboard shortcuts.
 * Used by the renderer, the main process and the CLI alike.
 */
export * from './state';
export * from './progress';
export * from './order';
export * from './search';
export * from './sheet';
export * from './keyboard';
export * from './pin';
export * from './summary';
export * from './attachments';
