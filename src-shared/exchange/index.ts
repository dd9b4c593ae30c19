/*
 * Schemas and pure helpers of the exchange files (jury package, score file,
 * result) and of the roster they carry. The renderer may use these to show
 * and pre-check data; signing, encryption and verification live in
 * src-main/services/exchange. Formats: docs/formats.md.
 */
export * from './constants';
export * from './codes';
export * from './common';
export * from './roster';
export * from './package';
export * from './score-file';
export * from './result';
export * from './file-names';
