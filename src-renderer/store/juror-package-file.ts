import { deleteBlob, getBlob, putBlob } from '../db/blob-store';
import { jurorPackages } from './juror-records';
import type { StoredPackage } from './juror-records';

/*
 * Where a juror's package files live. A package is stored as base64url text
 * in the blob store (several sealed chunks) with its record pointing at it;
 * older records keep the file inline. The text is read back only when main
 * needs the file: to verify it when a round is opened, to sign a score file
 * against it and to take an attachment out of it.
 */

/** The package record without its file, as the import knows it. */
export type PackageFacts = Omit<StoredPackage, 'packageFile' | 'packageBlob'>;

/**
 * The blob key of one package file: per phase and per file, so that a newer
 * package of the same phase is written beside the old one, never over it.
 */
export function packageBlobKey(phaseId: string, digest: string): string {
  return `juror-package:${phaseId}:${digest.slice(0, 32)}`;
}

/** The last file read back (text of an encrypted file), so opening attachments is quick. */
let recent: { roundId: string; key: string; text: string } | null = null;

/**
 * Store a verified package: its chunks first, then the record that points
 * at them, and only then remove the file of the package it replaces. A crash
 * at any point leaves the old record with its old, complete file.
 */
export async function storePackage(
  roundId: string,
  facts: PackageFacts,
  packageFile: string,
): Promise<StoredPackage> {
  const previous = await jurorPackages.get(roundId, facts.phaseId);
  const key = packageBlobKey(facts.phaseId, facts.digest);
  const packageBlob = await putBlob(roundId, key, packageFile);
  const record: StoredPackage = { ...facts, packageBlob };
  await jurorPackages.put(roundId, facts.phaseId, record);
  const old = previous?.packageBlob;
  if (old !== undefined && old.key !== key) await deleteBlob(roundId, old);
  recent = { roundId, key, text: packageFile };
  return record;
}

/** The package file of a stored record (base64url), from the record or the blob store. */
export async function packageFileOf(roundId: string, stored: StoredPackage): Promise<string> {
  if (stored.packageFile !== undefined) return stored.packageFile;
  const ref = stored.packageBlob;
  if (ref === undefined) throw new Error('A stored package has no file.');
  if (recent !== null && recent.roundId === roundId && recent.key === ref.key) return recent.text;
  const text = await getBlob(roundId, ref);
  recent = { roundId, key: ref.key, text };
  return text;
}

/** Drop the remembered file (the vault locked, or another round opened). */
export function forgetPackageFiles(): void {
  recent = null;
}
