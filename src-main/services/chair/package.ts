import type { Identity } from '../crypto';
import { isExchangeError, openPackage, rosterChair } from '../exchange';
import type { OpenedPackage } from '../exchange';
import { PACKAGE_REJECTIONS } from '../../../src-shared/chair/codes';
import type { PackageRejection } from '../../../src-shared/chair/codes';

export type ChairPackageOpen =
  | { readonly ok: true; readonly opened: OpenedPackage }
  | { readonly ok: false; readonly reason: PackageRejection };

export interface ChairPackageOptions {
  /** The organiser key id pinned when this round's package was first imported. */
  readonly pinnedOrganiserKeyId?: string | null | undefined;
  /** The roster version of the package already stored for this phase. */
  readonly minRosterVersion?: number | null | undefined;
}

/**
 * Open the chair's own jury package with the vault identity and require that
 * it is the package of the roster's chair: the chair's package is the only
 * one carrying every conflict, and it defines what score files must match.
 * Never throws for a bad file: every problem is a typed reason.
 */
export function openChairPackage(
  bytes: Uint8Array,
  me: Identity,
  options: ChairPackageOptions = {},
): ChairPackageOpen {
  let opened: OpenedPackage;
  try {
    opened = openPackage(bytes, {
      me,
      pinnedOrganiserKeyId: options.pinnedOrganiserKeyId ?? undefined,
      minRosterVersion: options.minRosterVersion ?? undefined,
    });
  } catch (e) {
    if (!isExchangeError(e)) throw e;
    const known = (PACKAGE_REJECTIONS as readonly string[]).includes(e.code);
    return { ok: false, reason: known ? (e.code as PackageRejection) : 'MALFORMED' };
  }
  if (rosterChair(opened.payload.roster)?.jurorId !== opened.payload.jurorId) {
    return { ok: false, reason: 'NOT_CHAIR' };
  }
  return { ok: true, opened };
}
