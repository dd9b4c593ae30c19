import { useState, type FormEvent } from 'react';
import { useStore } from '../../store/app-store';
import { useT } from '../../i18n/useT';
import { call } from '../../ipc/client';
import { TextField } from '../TextField';
import { MIN_PASSPHRASE_LENGTH } from '../../../src-shared/ipc/vault-contract';
import type { MessageKey } from '../../../src-shared/i18n/translate';
import { BackupSettings } from './BackupSettings';
import { PassphraseStrength } from './PassphraseStrength';
import { passphraseStrength } from '../../vault/strength';

type Message = { kind: 'ok' | 'error'; key: MessageKey };

const IDLE_CHOICES: readonly number[] = [5, 10, 15, 30, 60, 0];

/** The choices, plus a saved value that is not among them, so the select shows the truth. */
function idleChoices(saved: number): readonly number[] {
  if (IDLE_CHOICES.includes(saved)) return IDLE_CHOICES;
  return [
    ...IDLE_CHOICES.filter((m) => m !== 0 && m < saved),
    saved,
    ...IDLE_CHOICES.filter((m) => m === 0 || m > saved),
  ];
}

/** Idle lock, passphrase change and backups: shown only when unlocked. */
export function SecuritySettings(): React.JSX.Element | null {
  const t = useT();
  const vault = useStore((s) => s.vault);
  const setVaultStatus = useStore((s) => s.setVaultStatus);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  // Field errors appear once the user has tried to submit, as on creation.
  const [tried, setTried] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const [idleMessage, setIdleMessage] = useState<Message | null>(null);
  if (!vault || vault.state !== 'unlocked') return null;

  // Main saves the choice in settings.json, so it is kept after a restart.
  async function setIdle(minutes: number): Promise<void> {
    setIdleMessage(null);
    const res = await call('vault:setIdleLock', { minutes });
    if (!res.ok) {
      setIdleMessage({ kind: 'error', key: `error.${res.error.code}` });
      return;
    }
    await setVaultStatus(res.value);
    setIdleMessage({ kind: 'ok', key: 'settings.saved' });
  }

  // The same rules as when the vault was created.
  const tooShort = passphraseStrength(next) === 'too-short';
  const mismatch = confirm !== next;

  async function changePassphrase(e: FormEvent): Promise<void> {
    e.preventDefault();
    setTried(true);
    setMessage(null);
    if (tooShort || mismatch) return;
    const res = await call('vault:changePassphrase', { current, next });
    if (!res.ok) setMessage({ kind: 'error', key: `error.${res.error.code}` });
    else {
      setCurrent('');
      setNext('');
      setConfirm('');
      setTried(false);
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
          aria-describedby="idle-lock-status"
          onChange={(e) => void setIdle(Number(e.target.value))}
        >
          {idleChoices(vault.idleLockMinutes).map((m) => (
            <option key={m} value={m}>
              {m === 0
                ? t('settings.idleLock.never')
                : t('settings.idleLock.minutes', { minutes: m })}
            </option>
          ))}
        </select>
        <p
          id="idle-lock-status"
          role="status"
          className={idleMessage?.kind === 'error' ? 'field-error' : 'saved-status'}
        >
          {idleMessage ? t(idleMessage.key) : ''}
        </p>
      </div>
      <form
        onSubmit={(e) => void changePassphrase(e)}
        noValidate
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
          error={
            tried && tooShort
              ? t('vault.create.tooShort', { min: MIN_PASSPHRASE_LENGTH })
              : undefined
          }
        />
        <PassphraseStrength passphrase={next} id="new-passphrase-strength" />
        <TextField
          label={t('settings.passphrase.confirm')}
          type="password"
          autoComplete="new-password"
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
          error={tried && mismatch ? t('vault.create.mismatch') : undefined}
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
