import { z } from 'zod';
import { createRepository, StorageError } from '../db/repository';
import { DeliberationSchema } from '../../src-shared/chair/deliberation';
import { PlainIdSchema } from '../../src-shared/chair/ids';

/*
 * The chair's sealed records. Everything is stored per round (the record id
 * carries it); phase-specific records carry the phase in their local id.
 * Score files and the package are kept as their original bytes, so main can
 * verify them again on every load; nothing derived is trusted from storage.
 */

const Digest = z.string().regex(/^[0-9a-f]{64}$/);

/** A chair record type: named 'chair-<kind>', all at schema version 1 so far. */
function chairRepository<S extends z.ZodType>(kind: string, schema: S) {
  return createRepository({ type: `chair-${kind}`, schemaVersion: 1, schema });
}
const KeyId = z.string().regex(/^[0-9a-f]{32}$/);

/** The chair's package for one phase (its bytes are a blob with this digest). */
export const PackageRecordSchema = z.strictObject({
  phaseId: PlainIdSchema,
  digest: Digest,
  organiserKeyId: KeyId,
  organiserFingerprint: z.string().max(64),
  rosterVersion: z.int().min(1),
  importedAt: z.string().max(40),
});
export type PackageRecord = z.infer<typeof PackageRecordSchema>;

export const packageRepository = chairRepository('package', PackageRecordSchema);

/** The organiser pin per round, for opening the next package of that round. */
export const PinRecordSchema = z.strictObject({
  roundId: PlainIdSchema,
  organiserKeyId: KeyId,
  phases: z
    .array(z.strictObject({ phaseId: PlainIdSchema, rosterVersion: z.int().min(1) }))
    .max(10),
});
export type PinRecord = z.infer<typeof PinRecordSchema>;

/** Pins live under the pseudo-round '' (like the round index), keyed by round id. */
export const pinRepository = chairRepository('pin', PinRecordSchema);

/** Base64 characters per blob chunk: well below the vault's 8 MiB record limit. */
export const BLOB_CHUNK = 2_000_000;

/** One piece of a stored file's bytes (content-addressed by digest). */
export const BlobChunkSchema = z.strictObject({
  digest: Digest,
  index: z.int().min(0),
  count: z.int().min(1),
  data: z.string().max(BLOB_CHUNK),
});
export const blobRepository = chairRepository('blob', BlobChunkSchema);

/** One ledger entry: a verified score file, appended once and never rewritten. */
export const LedgerRecordSchema = z.strictObject({
  phaseId: PlainIdSchema,
  seq: z.int().min(1),
  digest: Digest,
  fileName: z.string().max(255),
  jurorId: PlainIdSchema,
  revision: z.int().min(1),
  previousDigest: Digest.nullable(),
  final: z.boolean(),
  importedAt: z.string().max(40),
});
export type LedgerRecord = z.infer<typeof LedgerRecordSchema>;
export const ledgerRepository = chairRepository('ledger', LedgerRecordSchema);

/** The chair's choices on equivocations and forks, per phase. */
export const DecisionRecordSchema = z.strictObject({
  phaseId: PlainIdSchema,
  decisions: z
    .array(
      z.strictObject({
        jurorId: PlainIdSchema,
        revision: z.int().min(1),
        digest: Digest,
        at: z.string().max(40),
      }),
    )
    .max(10_000),
});
export type ChairDecision = z.infer<typeof DecisionRecordSchema>['decisions'][number];
export const decisionRepository = chairRepository('decision', DecisionRecordSchema);

export const DeliberationRecordSchema = z.strictObject({
  phaseId: PlainIdSchema,
  deliberation: DeliberationSchema,
});
export const deliberationRepository = chairRepository('deliberation', DeliberationRecordSchema);

/** Ledger local ids sort in arrival order. */
export function ledgerLocalId(phaseId: string, seq: number): string {
  return `${phaseId}.${String(seq).padStart(6, '0')}`;
}

/** Store a file's bytes once (content-addressed: an existing digest is left as it is). */
export async function putBlob(roundId: string, digest: string, base64: string): Promise<void> {
  if ((await blobRepository.get(roundId, `${digest}.0`)) !== undefined) return;
  const count = Math.max(1, Math.ceil(base64.length / BLOB_CHUNK));
  // Later chunks first: chunk 0 is what marks the blob as present.
  for (let index = count - 1; index >= 0; index -= 1) {
    const data = base64.slice(index * BLOB_CHUNK, (index + 1) * BLOB_CHUNK);
    await blobRepository.put(roundId, `${digest}.${index}`, { digest, index, count, data });
  }
}

/** Every complete blob of the round, by digest. */
export async function loadBlobs(roundId: string): Promise<Map<string, string>> {
  const chunks = new Map<string, { count: number; parts: Map<number, string> }>();
  for (const { value } of await blobRepository.listByRound(roundId)) {
    const entry = chunks.get(value.digest) ?? { count: value.count, parts: new Map() };
    entry.parts.set(value.index, value.data);
    chunks.set(value.digest, entry);
  }
  const out = new Map<string, string>();
  for (const [digest, { count, parts }] of chunks) {
    const pieces: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const part = parts.get(i);
      if (part === undefined) break;
      pieces.push(part);
    }
    if (pieces.length === count) out.set(digest, pieces.join(''));
  }
  return out;
}

/**
 * Append ledger entries. An entry is never overwritten: the same entry again
 * is skipped, and a different file at a taken position refuses the whole
 * batch before anything is written (the ledger is append-only; the caller
 * reloads).
 */
export async function appendLedger(
  roundId: string,
  entries: readonly LedgerRecord[],
): Promise<void> {
  const fresh = new Map<string, LedgerRecord>();
  for (const entry of entries) {
    const id = ledgerLocalId(entry.phaseId, entry.seq);
    const existing = fresh.get(id) ?? (await ledgerRepository.get(roundId, id));
    if (existing === undefined) fresh.set(id, entry);
    else if (existing.digest !== entry.digest) {
      throw new StorageError('CONFLICT', 'The ledger position is already taken.');
    }
  }
  for (const [id, entry] of fresh) await ledgerRepository.put(roundId, id, entry);
}
