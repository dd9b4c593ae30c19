/**
 * Saves that are waiting out their autosave delay. Locking the vault runs
 * them first, so an edit made just before "Lock" is sealed and stored while
 * main still holds the key instead of being dropped.
 */
const flushers = new Set<() => Promise<void>>();

/** Register a function that runs a pending save now; returns the unregister function. */
export function registerPendingSave(flush: () => Promise<void>): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/**
 * Run every pending save now and wait for them, at most `timeoutMs`: a lock
 * must not hang on a stuck save. A failed save is shown by the save
 * indicator.
 */
export async function flushPendingSaves(timeoutMs = 2_000): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
  });
  try {
    await Promise.race([
      Promise.allSettled([...flushers].map((flush) => flush())).then(() => undefined),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
