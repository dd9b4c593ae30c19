import { useEffect } from 'react';
import { call } from '../ipc/client';
import { useStore } from '../store/app-store';

const PING_EVERY_MS = 30_000;

/**
 * Tell main the user is active (keys, pointer) at most every 30 s, so the
 * idle lock only fires when the laptop is really left alone.
 */
export function useActivityPing(): void {
  const unlocked = useStore((s) => s.vault?.state === 'unlocked');
  useEffect(() => {
    if (!unlocked) return;
    let last = 0;
    const ping = (): void => {
      const now = Date.now();
      if (now - last < PING_EVERY_MS) return;
      last = now;
      void call('vault:touch', {});
    };
    window.addEventListener('keydown', ping, { passive: true });
    window.addEventListener('pointerdown', ping, { passive: true });
    return () => {
      window.removeEventListener('keydown', ping);
      window.removeEventListener('pointerdown', ping);
    };
  }, [unlocked]);
}
