import { useState, type FormEvent } from 'react';
import { useStore } from '../../store/app-store';
import { useT } from '../../i18n/useT';
import { call } from '../../ipc/client';
import { TextField } from '../TextField';
import { MIN_PASSPHRASE_LENGTH } from '../../../src-shared/ipc/vault-contract';
import type { MessageKey } from '../../../src-shared/i18n/translate';
import { BackupSettings } from './BackupSettings';

const IDLE_CHOICES = [5, 10, 15, 30, 60, 0] as const;

/** Idle lock, passphrase change and backups: shown only when unlocked. */
export function SecuritySettings(): React.JSX.Element | null {
  const t = useT();
  const vault = useStore((s) => s.vault);
  const setVaultStatus = useStore((s) => s.setVaultStatus);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; key: MessageKey } | null>(null);
  if (!vault || vault.state !== 'unlocked') return null;

  async function setIdle(minutes: number): Promise<void> {
    const res = await call('vault:setIdleLock', { minutes });
    if (res.ok) await setVaultStatus(res.value);
  }

  async function changePassphrase(e: FormEvent): Promise<void> {
    e.preventDefault();
    if ([...next].length < MIN_PASSPHRASE_LENGTH) {
      setMessage({ kind: 'error', key: 'identity.keys.tooShort' });
      return;
    }
    const res = await call('vault:changePassphrase', { current, next });
    if (!res.ok) setMessage({ kind: 'error', key: `error.${res.error.code}` });
    else {
      setCurrent('');
      setNext('');
      setMessage({ kind: 'ok', key: 'settings.passphrase.changed' });
    }
  }

  return (
    <>
      <div className="field">
        <label htmlFor="idle-lock">{t('settings.idleLock')}</label>
        <select
          id="idle-lock"
          value={vault.idleLockMinutes}
          onChange={(e) => void setIdle(Number(e.target.value))}
        >
          {IDLE_CHOICES.map((m) => (
            <option key={m} value={m}>
              {m === 0
                ? t('settings.idleLock.never')
                : t('settings.idleLock.minutes', { minutes: m })}
            </option>
          ))}
        </select>
      </div>
      <form
        onSubmit={(e) => void changePassphrase(e)}
        className="field"
        aria-labelledby="change-pass-heading"
      >
        <h2 id="change-pass-heading">{t('settings.passphrase.title')}</h2>
        <TextField
          label={t('settings.passphrase.current')}
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
        />
        <TextField
          label={t('settings.passphrase.next')}
          type="password"
          autoComplete="new-password"
          hint={t('vault.create.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
          value={next}
          onChange={(e) => setNext(e.target.value)}
        />
        <button type="submit">{t('settings.passphrase.submit')}</button>
        <p role="status" className={message?.kind === 'error' ? 'field-error' : 'saved-status'}>
          {message ? t(message.key) : ''}
        </p>
      </form>
      <BackupSettings />
    </>
  );
}
