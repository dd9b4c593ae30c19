import type { Identity } from '../crypto';
import { isCryptoError, peekFile } from '../crypto';
import { SCORE_FILE_FORMAT, SCORE_FILE_MAX_BYTES, verifyScoreFileForChair } from '../exchange';
import type { PackagePayload } from '../exchange';
import type { RejectReason } from '../../../src-shared/chair/codes';
import type { VerifiedFile } from '../../../src-shared/chair/consolidate';

export type ChairFileCheck =
  | { readonly ok: true; readonly file: VerifiedFile }
  | { readonly ok: false; readonly reason: RejectReason };

/**
 * A Juryrum file of another kind (a package, a result, a key file…) reads as
 * MALFORMED to the verifier; saying what it is helps the chair more.
 */
function isOtherJuryrumFile(bytes: Uint8Array): boolean {
  try {
    return peekFile(bytes, SCORE_FILE_MAX_BYTES).format !== SCORE_FILE_FORMAT;
  } catch (e) {
    if (isCryptoError(e)) return false;
    throw e;
  }
}

/**
 * Verify one score file as the chair (see verifyScoreFileForChair). Never
 * throws for bad input, whatever the bytes: random bytes, non-JSON or an
 * oversized file are rejections with a reason.
 */
export function checkScoreFile(
  bytes: Uint8Array,
  chair: Identity,
  pkg: PackagePayload,
): ChairFileCheck {
  const verdict = verifyScoreFileForChair(bytes, { chair, pkg });
  if (verdict.ok) {
    return {
      ok: true,
      file: { digest: verdict.digest, meta: verdict.meta, payload: verdict.payload },
    };
  }
  if (verdict.reason === 'MALFORMED' && isOtherJuryrumFile(bytes)) {
    return { ok: false, reason: 'WRONG_KIND' };
  }
  return { ok: false, reason: verdict.reason };
}
