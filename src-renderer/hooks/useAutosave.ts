import { useEffect, useRef } from 'react';
import { useStore } from '../store/app-store';

/**
 * Save `value` shortly after it stops changing, without a save button.
 * The shared save indicator shows "saving" and then a quiet "saved" — the
 * latter only once the newest edit is durable, never for an older one.
 * Writes are serialised, so the last edit always lands last.
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
    setSaveState('saving');
    const timer = setTimeout(() => {
      chain.current = chain.current
        .then(() => saveRef.current(value))
        .then(
          () => {
            if (edit === edits.current) setSaveState('saved');
          },
          () => setSaveState('error'),
        );
    }, delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs, enabled, setSaveState]);
}
