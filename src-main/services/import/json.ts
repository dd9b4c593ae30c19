import { applicationsFromJson } from '../../../src-shared/import';
import type { ImportOptions, JsonImportResult } from '../../../src-shared/import';
import { isCryptoError } from '../crypto/errors';
import { parseJsonBytes } from '../crypto/json';
import { IMPORT_LIMITS } from './limits';

/**
 * Read an application JSON file (docs/formats.md, "juryrum.applications";
 * a bare list of applications is accepted too). Size cap, strict UTF-8 (a
 * leading byte order mark is allowed), nesting limit and refusal of
 * '__proto__'/'constructor'/'prototype' keys come from the same parser that
 * reads every other file; then each application is checked on its own.
 * Never throws.
 */
export function readApplicationsJson(
  bytes: Uint8Array,
  options: ImportOptions = {},
): JsonImportResult {
  return readApplicationsJsonValue(bytes, options).result;
}

/**
 * As readApplicationsJson, also handing back the parsed document (or null
 * when it could not be parsed), so that fields the application schema does
 * not keep, such as `attachments`, can be read from the same parse.
 */
export function readApplicationsJsonValue(
  bytes: Uint8Array,
  options: ImportOptions = {},
): { result: JsonImportResult; value: unknown } {
  const parsed = parseDocument(bytes);
  if (!parsed.ok) return { result: parsed, value: null };
  try {
    return { result: applicationsFromJson(parsed.value, options), value: parsed.value };
  } catch {
    return {
      result: { ok: false, error: { code: 'MALFORMED', message: 'The file could not be read.' } },
      value: null,
    };
  }
}

function parseDocument(
  bytes: Uint8Array,
): { ok: true; value: unknown } | Extract<JsonImportResult, { ok: false }> {
  if (bytes.byteLength > IMPORT_LIMITS.maxJsonBytes) {
    const mib = IMPORT_LIMITS.maxJsonBytes / (1024 * 1024);
    return {
      ok: false,
      error: { code: 'TOO_LARGE', message: `The file is larger than ${mib} MiB.` },
    };
  }
  const body =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) {
    return { ok: false, error: { code: 'EMPTY', message: 'The file is empty.' } };
  }
  let value: unknown;
  try {
    value = parseJsonBytes(body, { maxBytes: IMPORT_LIMITS.maxJsonBytes });
  } catch (error) {
    if (isCryptoError(error, 'TOO_LARGE')) {
      return { ok: false, error: { code: 'TOO_LARGE', message: error.message } };
    }
    const message = isCryptoError(error) ? error.message : 'The file is not valid JSON.';
    return { ok: false, error: { code: 'MALFORMED', message } };
  }
  return { ok: true, value };
}
