import { z } from 'zod';
import { readInputFile } from '../input-files';
import { LIMITS } from '../../../src-shared/domain/round';
import { CliFailure } from '../args';

/*
 * What the CLI `report` reads besides the result: the organiser's key file,
 * the chair's identity card, and the plain round, applications and jurors
 * files (docs/formats.md, "Plain JSON files") that name what the result
 * lists by id. Every file is size-capped before it is read.
 */

const MAX_JSON_BYTES = 64 * 1024 * 1024;

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
  const bytes = await readInputFile(path, MAX_JSON_BYTES, what);
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
