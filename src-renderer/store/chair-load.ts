import { call } from '../ipc/client';
import type {
  FileCheckResult,
  OpenedChairPackage,
  PackageRef,
} from '../../src-shared/ipc/chair-contract';
import { MAX_BATCH_CHARS, MAX_FILES_PER_CALL } from '../../src-shared/ipc/chair-contract';
import type { PackageRejection } from '../../src-shared/chair/codes';
import type { VerifiedFile } from '../../src-shared/chair/consolidate';
import type { LedgerEntry } from '../../src-shared/chair/ledger';
import type { PackageRecord } from './chair-repository';

/** The stored package as main needs it: bytes plus the pin and roster version. */
export function packageRef(record: PackageRecord, bytes: string): PackageRef {
  return {
    bytes,
    pinnedOrganiserKeyId: record.organiserKeyId,
    minRosterVersion: record.rosterVersion,
  };
}

/** A verified file from main's answer. */
export function toVerified(check: Extract<FileCheckResult, { ok: true }>): VerifiedFile {
  return {
    digest: check.digest,
    meta: { fileId: check.digest, ...check.meta },
    payload: check.payload,
  };
}

export type VerifyOutcome =
  | { readonly ok: true; readonly results: FileCheckResult[] }
  | { readonly ok: false; readonly reason: PackageRejection | 'IPC' };

/** Verify files in main, in batches the contract accepts. */
export async function verifyInBatches(
  ref: PackageRef,
  items: readonly { name: string; bytes: string }[],
): Promise<VerifyOutcome> {
  const results: FileCheckResult[] = [];
  let batch: { name: string; bytes: string }[] = [];
  let chars = 0;
  const flush = async (): Promise<VerifyOutcome | null> => {
    if (batch.length === 0) return null;
    const res = await call('chair:verifyScoreFiles', { package: ref, files: batch });
    batch = [];
    chars = 0;
    if (!res.ok) return { ok: false, reason: 'IPC' };
    if (res.value.status === 'rejected') return { ok: false, reason: res.value.reason };
    results.push(...res.value.results);
    return null;
  };
  for (const item of items) {
    if (batch.length >= MAX_FILES_PER_CALL || chars + item.bytes.length > MAX_BATCH_CHARS) {
      const failed = await flush();
      if (failed !== null) return failed;
    }
    batch.push(item);
    chars += item.bytes.length;
  }
  const failed = await flush();
  return failed ?? { ok: true, results };
}

export interface LoadedPhase {
  readonly opened: OpenedChairPackage;
  readonly files: Map<string, VerifiedFile>;
  /** Stored files that no longer verify (they do not count). */
  readonly problems: { digest: string; fileName: string; reason: string }[];
}

/** Re-open the stored package and re-verify every stored file of the phase. */
export async function openStoredPhase(
  record: PackageRecord,
  blobs: ReadonlyMap<string, string>,
  entries: readonly LedgerEntry[],
): Promise<
  { ok: true; phase: LoadedPhase } | { ok: false; reason: PackageRejection | 'IPC' | 'MISSING' }
> {
  const bytes = blobs.get(record.digest);
  if (bytes === undefined) return { ok: false, reason: 'MISSING' };
  const ref = packageRef(record, bytes);
  const res = await call('chair:openPackage', { package: ref });
  if (!res.ok) return { ok: false, reason: 'IPC' };
  if (res.value.status === 'rejected') return { ok: false, reason: res.value.reason };
  const problems: LoadedPhase['problems'] = [];
  const items: { name: string; bytes: string }[] = [];
  for (const e of entries) {
    const b = blobs.get(e.digest);
    if (b === undefined)
      problems.push({ digest: e.digest, fileName: e.fileName, reason: 'MISSING' });
    else items.push({ name: e.digest, bytes: b });
  }
  const files = new Map<string, VerifiedFile>();
  if (items.length > 0) {
    const verified = await verifyInBatches(ref, items);
    if (!verified.ok) return { ok: false, reason: verified.reason };
    for (const r of verified.results) {
      const entry = entries.find((e) => e.digest === r.name);
      if (r.ok && r.digest === r.name) files.set(r.digest, toVerified(r));
      else
        problems.push({
          digest: r.name,
          fileName: entry?.fileName ?? r.name,
          reason: r.ok ? 'MISMATCH' : r.reason,
        });
    }
  }
  return { ok: true, phase: { opened: res.value.package, files, problems } };
}
