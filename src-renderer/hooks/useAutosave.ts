import { useEffect, useRef } from 'react';
import { useStore } from '../store/app-store';
import { registerPendingSave } from '../store/pending-saves';

/**
 * Save `value` shortly after it stops changing, without a save button.
 * The shared save indicator shows "saving" and then a quiet "saved" — the
 * latter only once the newest edit is durable, never for an older one.
 * Writes are serialised, so the last edit always lands last.
 *
 * An edit still waiting out the delay is never dropped: it is saved at once
 * when the component unmounts (the user navigates away) and when the vault
 * is locked from the app (see pending-saves.ts).
 */
export function useAutosave<T>(
  value: T,
  save: (value: T) => Promise<void>,
  options: { delayMs?: number; enabled?: boolean } = {},
): void {
  const { delayMs = 300, enabled = true } = options;
  const setSaveState = useStore((s) => s.setSaveState);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const first = useRef(true);
  const edits = useRef(0);
  const saveRef = useRef(save);
  /** Runs the newest edit's save now, if it has not run yet. */
  const pending = useRef<(() => Promise<void>) | null>(null);
  useEffect(() => {
    saveRef.current = save;
  });

  useEffect(() => {
    if (!enabled) return;
    if (first.current) {
      // The initial value came from storage; nothing to save yet.
      first.current = false;
      return;
    }
    edits.current += 1;
    const edit = edits.current;
    // The save of the render that made this value (its props, e.g. the
    // round), even if it runs after the component is gone.
    const saveNow = saveRef.current;
    setSaveState('saving');
    let started = false;
    // Runs once, whichever comes first: the timer, an unmount or a lock.
    const run = (): Promise<void> => {
      if (started) return chain.current;
      started = true;
      if (pending.current === run) pending.current = null;
      chain.current = chain.current
        .then(() => saveNow(value))
        .then(
          () => {
            if (edit === edits.current) setSaveState('saved');
          },
          () => setSaveState('error'),
        );
      return chain.current;
    };
    pending.current = run;
    const timer = setTimeout(() => void run(), delayMs);
    // A newer value replaces this one (that is the debounce); on unmount the
    // effect below runs it instead, so only the timer is cleared here.
    return () => clearTimeout(timer);
  }, [value, delayMs, enabled, setSaveState]);

  useEffect(() => {
    const flush = (): Promise<void> => pending.current?.() ?? chain.current;
    const unregister = registerPendingSave(flush);
    return () => {
      unregister();
      void flush();
    };
  }, []);
}
