import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useStore } from '../../store/app-store';
import { useT } from '../../i18n/useT';
import { TextField } from '../TextField';

/** Unlock with the passphrase; wrong attempts are slowed down by main. */
export function UnlockForm(): React.JSX.Element {
  const t = useT();
  const unlockVault = useStore((s) => s.unlockVault);
  const vaultError = useStore((s) => s.vaultError);
  const retryAt = useStore((s) => s.retryAt);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const inputRef = useRef<HTMLInputElement>(null);

  // Re-read the clock whenever main sets a new wait, then tick until it ends,
  // so the countdown and the button always reflect the real time.
  useEffect(() => {
    const tick = (): void => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const timer = setInterval(() => {
      tick();
      if (Date.now() >= retryAt) clearInterval(timer);
    }, 250);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [retryAt]);
  const waitSeconds = Math.max(0, Math.ceil((retryAt - now) / 1000));

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (busy || passphrase === '') return;
    setBusy(true);
    const ok = await unlockVault(passphrase);
    setBusy(false);
    if (!ok) {
      setPassphrase('');
      inputRef.current?.focus();
    }
  }

  const error = vaultError ? t(`error.${vaultError.code}`) : undefined;
  return (
    <form className="vault-form" onSubmit={(e) => void submit(e)} aria-labelledby="unlock-heading">
      <h2 id="unlock-heading">{t('vault.unlock.title')}</h2>
      <p>{t('vault.unlock.intro')}</p>
      <TextField
        ref={inputRef}
        label={t('vault.passphrase')}
        type="password"
        autoComplete="current-password"
        value={passphrase}
        onChange={(e) => setPassphrase(e.target.value)}
        error={error}
      />
      {waitSeconds > 0 && <p role="status">{t('vault.unlock.wait', { seconds: waitSeconds })}</p>}
      <button type="submit" className="primary" disabled={busy || waitSeconds > 0}>
        {busy ? t('vault.unlock.working') : t('vault.unlock.submit')}
      </button>
    </form>
  );
}
