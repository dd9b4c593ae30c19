import type { VerifiedFile } from '../../src-shared/chair/consolidate';
import type { PackagePayload } from '../../src-shared/exchange/package';
import { computeSentModel } from '../store/chair-model';
import type { ComputeRequest, ComputeResponse } from '../store/chair-compute';

/**
 * The worker's side of the chair model computation: answer one request,
 * keeping the package and every file it was sent for the next ones (see
 * store/chair-compute.ts). Kept apart from the worker's entry so it can be
 * tested without a worker.
 */
export function chairModelHandler(): (request: ComputeRequest) => ComputeResponse {
  let pkg: PackagePayload | undefined;
  let held = new Map<string, VerifiedFile>();
  return (request) => {
    const { id, pkg: newPkg, newFiles, digests, ...rest } = request;
    if (newPkg !== undefined) {
      pkg = newPkg;
      held = new Map();
    }
    for (const f of newFiles) held.set(f.digest, f);
    const files = new Map<string, VerifiedFile>();
    for (const digest of digests) {
      const f = held.get(digest);
      if (f === undefined) return { id, ok: false };
      files.set(digest, f);
    }
    if (pkg === undefined) return { id, ok: false };
    try {
      return { id, ok: true, model: computeSentModel({ ...rest, pkg, files }) };
    } catch {
      return { id, ok: false };
    }
  };
}
