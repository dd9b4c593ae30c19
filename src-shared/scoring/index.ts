/**
 * The chair's scoring mathematics and score-file merge rules: pure,
 * deterministic functions (same inputs, same outputs, including tie order).
 */
export * from './model';
export * from './numeric';
export * from './stats';
export * from './totals';
export * from './aggregate';
export * from './ranking';
export * from './znorm';
export * from './ballots';
export * from './borda';
export * from './schulze';
export * from './stability';
export * from './krippendorff';
export * from './merge-history';
export * from './merge';
export * from './formulas';
