import type { z } from 'zod';
import { CryptoError } from './errors';
import { utf8 } from './encoding';
import { parseJsonBytes } from './json';
import { FormatNameSchema, VersionSchema } from './schemas';

/** Outer files are small JSON trees; deeper nesting is never legitimate. */
const OUTER_MAX_DEPTH = 16;

/**
 * The one byte form of every file this app writes: JSON.stringify with two
 * spaces of indentation, keys in the order the writer lays them out, and a
 * final newline. Readers require exactly this form (see {@link readOuterFile}),
 * so a file has one digest and any edited byte, even whitespace, is noticed.
 */
export function serializeOuterFile(value: unknown): Uint8Array {
  return utf8(`${JSON.stringify(value, null, 2)}\n`);
}

/** What a file says it is, read without trusting anything else in it. */
export type FileKind = { format: string; version: number };

/**
 * Identify a Juryrum file without interpreting the rest. Errors: TOO_LARGE,
 * MALFORMED (not JSON, or no usable version), UNSUPPORTED_FORMAT (JSON, but not
 * a Juryrum file).
 */
export function peekFile(bytes: Uint8Array, maxBytes: number): FileKind & { value: unknown } {
  const value = parseJsonBytes(bytes, { maxBytes, maxDepth: OUTER_MAX_DEPTH });
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new CryptoError('UNSUPPORTED_FORMAT', 'This is not a Juryrum file.');
  }
  const format: unknown = Reflect.get(value, 'format');
  const version: unknown = Reflect.get(value, 'version');
  const name = FormatNameSchema.safeParse(format);
  if (!name.success || !name.data.startsWith('juryrum.')) {
    throw new CryptoError('UNSUPPORTED_FORMAT', 'This is not a Juryrum file.');
  }
  const number = VersionSchema.safeParse(version);
  if (!number.success) {
    throw new CryptoError('MALFORMED', 'The file has no valid format version.');
  }
  return { format: name.data, version: number.data, value };
}

/** How to read one kind of outer file. */
export type OuterFileSpec<T> = {
  maxBytes: number;
  expectedFormat: string;
  supportedVersions: readonly number[];
  schema: z.ZodType<T>;
  /** Rebuild the object in its written key order, for the exact-bytes check. */
  layout: (parsed: T) => unknown;
};

/**
 * Read an outer file: identify it, check format (WRONG_TYPE) and version
 * (UNSUPPORTED_VERSION), validate strictly (MALFORMED), then require the bytes
 * to be exactly what this app would have written (NOT_CANONICAL).
 */
export function readOuterFile<T>(bytes: Uint8Array, spec: OuterFileSpec<T>): T {
  const kind = peekFile(bytes, spec.maxBytes);
  if (kind.format !== spec.expectedFormat) {
    throw new CryptoError('WRONG_TYPE', `Expected a ${spec.expectedFormat} file.`);
  }
  if (!spec.supportedVersions.includes(kind.version)) {
    throw new CryptoError(
      'UNSUPPORTED_VERSION',
      'This version of the file format is not supported.',
    );
  }
  const parsed = spec.schema.safeParse(kind.value);
  if (!parsed.success) {
    throw new CryptoError('MALFORMED', 'The file does not have the expected fields.');
  }
  const expected = serializeOuterFile(spec.layout(parsed.data));
  if (!Buffer.from(expected).equals(bytes)) {
    throw new CryptoError('NOT_CANONICAL', 'The file was changed after it was written.');
  }
  return parsed.data;
}
