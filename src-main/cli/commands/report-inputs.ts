import { z } from 'zod';
import { importKeyFile, isCryptoError, KEYFILE_MAX_BYTES } from '../../services/crypto';
import type { Identity } from '../../services/crypto';
import { readPickedFiles } from '../../services/chair';
import { LIMITS } from '../../../src-shared/domain/round';
import { CliFailure } from '../args';

/*
 * What the CLI `report` reads besides the result: the organiser's key file,
 * the chair's identity card, and the plain round, applications and jurors
 * files (docs/formats.md, "Plain JSON files") that name what the result
 * lists by id. Every file is size-capped before it is read.
 */

const MAX_PASSPHRASE_FILE_BYTES = 4 * 1024;
const MAX_JSON_BYTES = 64 * 1024 * 1024;

export async function readCapped(path: string, max: number, what: string): Promise<Uint8Array> {
  const [file] = await readPickedFiles([path], max);
  if (file === undefined || !file.ok) {
    throw new CliFailure(
      file?.ok === false && file.problem === 'TOO_LARGE'
        ? `The ${what} is larger than allowed.`
        : `The ${what} could not be read: ${path}`,
    );
  }
  return file.bytes;
}

export async function loadIdentity(keyFile: string, passphraseFile: string): Promise<Identity> {
  const passBytes = await readCapped(passphraseFile, MAX_PASSPHRASE_FILE_BYTES, 'passphrase file');
  // One final line break is the file's, not the passphrase's.
  const passphrase = new TextDecoder().decode(passBytes).replace(/\r?\n$/, '');
  const bytes = await readCapped(keyFile, KEYFILE_MAX_BYTES, 'key file');
  try {
    return await importKeyFile(bytes, passphrase);
  } catch (e) {
    if (!isCryptoError(e)) throw e;
    throw new CliFailure(
      e.code === 'WRONG_PASSPHRASE'
        ? 'The passphrase does not open the key file.'
        : `The key file cannot be used (${e.code}).`,
    );
  }
}

const text = (max: number) => z.string().max(max);

/** Only the fields the report needs; anything else in the files is ignored. */
const RoundFile = z.object({
  round: z.object({
    id: z.string().min(1).max(64),
    award: text(LIMITS.shortText),
    name: text(LIMITS.shortText),
    year: z.int().min(0).max(9_999),
  }),
});
const ApplicationsFile = z.object({
  applications: z
    .array(z.object({ id: z.string().min(1).max(64), applicant: text(LIMITS.shortText) }))
    .max(LIMITS.applications),
});
const JurorsFile = z.object({
  jurors: z
    .array(z.object({ id: z.string().min(1).max(64), name: text(LIMITS.shortText) }))
    .max(LIMITS.jurors),
});

async function readJson<T>(path: string, schema: z.ZodType<T>, what: string): Promise<T> {
  const bytes = await readCapped(path, MAX_JSON_BYTES, what);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new CliFailure(`The ${what} is not valid JSON: ${path}`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new CliFailure(`The ${what} does not have the expected fields: ${path}`);
  return parsed.data;
}

export const readRoundFile = (path: string) => readJson(path, RoundFile, 'round file');
export const readApplicationsFile = (path: string) =>
  readJson(path, ApplicationsFile, 'applications file');
export const readJurorsFile = (path: string) => readJson(path, JurorsFile, 'jurors file');
