import { useState, type FormEvent, type MouseEvent } from 'react';
import { useStore } from '../../store/app-store';
import { useT } from '../../i18n/useT';
import { call } from '../../ipc/client';
import { TextField } from '../TextField';
import { allSealedRecords } from '../../db/vault-db';
import { restoreOverExisting, type RestoreOutcome } from '../../db/restore';
import type { MessageKey } from '../../../src-shared/i18n/translate';

type Message = { kind: 'ok' | 'error'; key: MessageKey; name?: string };

function restoreMessage(outcome: Exclude<RestoreOutcome, { kind: 'cancelled' }>): Message {
  switch (outcome.kind) {
    case 'restored':
      return { kind: 'ok', key: 'backup.restored' };
    case 'refused':
      return { kind: 'error', key: `error.${outcome.code}` };
    case 'notStored':
      return { kind: 'error', key: 'backup.restore.notStored' };
    case 'notCommitted':
      return { kind: 'error', key: 'backup.restore.notCommitted' };
    case 'halfway':
      return { kind: 'error', key: 'backup.restore.halfway' };
  }
}

/** Export the whole vault to one encrypted file, or restore one (asks first). */
export function BackupSettings(): React.JSX.Element {
  const t = useT();
  const setVaultStatus = useStore((s) => s.setVaultStatus);
  // A keychain-bound vault's backup embeds a header the passphrase alone
  // opens, so main needs the passphrase to make it.
  const keychainBound = useStore((s) => s.vault?.keychain === 'on');
  const [message, setMessage] = useState<Message | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [vaultPassphrase, setVaultPassphrase] = useState('');

  async function exportBackup(e: FormEvent | MouseEvent): Promise<void> {
    e.preventDefault();
    setMessage(null);
    if (keychainBound && vaultPassphrase === '') {
      setMessage({ kind: 'error', key: 'backup.passphrase.missing' });
      return;
    }
    const records = await allSealedRecords();
    const res = await call(
      'backup:export',
      keychainBound ? { records, passphrase: vaultPassphrase } : { records },
    );
    setVaultPassphrase('');
    if (!res.ok) setMessage({ kind: 'error', key: `error.${res.error.code}` });
    else if (res.value.saved)
      setMessage({ kind: 'ok', key: 'backup.saved', name: res.value.fileName ?? '' });
  }

  async function restore(e: FormEvent): Promise<void> {
    e.preventDefault();
    setMessage(null);
    const outcome = await restoreOverExisting(passphrase).catch((): RestoreOutcome => ({
      kind: 'refused',
      code: 'INTERNAL',
    }));
    setPassphrase('');
    setConfirming(false);
    if (outcome.kind === 'cancelled') return;
    if (outcome.kind === 'restored') await setVaultStatus(outcome.status);
    setMessage(restoreMessage(outcome));
  }

  return (
    <section aria-labelledby="backup-heading" className="field">
      <h2 id="backup-heading">{t('backup.title')}</h2>
      <p>{t('backup.help')}</p>
      {keychainBound ? (
        <form onSubmit={(e) => void exportBackup(e)}>
          <TextField
            label={t('backup.passphrase')}
            type="password"
            autoComplete="off"
            hint={t('backup.passphrase.help')}
            value={vaultPassphrase}
            onChange={(e) => setVaultPassphrase(e.target.value)}
          />
          <button type="submit">{t('backup.export')}</button>
        </form>
      ) : (
        <button type="button" onClick={(e) => void exportBackup(e)}>
          {t('backup.export')}
        </button>
      )}{' '}
      {!confirming ? (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('backup.restore')}
        </button>
      ) : (
        <form onSubmit={(e) => void restore(e)} className="notice notice-warning">
          <p>{t('backup.restore.confirm')}</p>
          <TextField
            label={t('backup.restore.passphrase')}
            type="password"
            autoComplete="off"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
          />
          <button type="submit" className="primary">
            {t('backup.restore.choose')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </button>
        </form>
      )}
      <p role="status" className={message?.kind === 'error' ? 'field-error' : 'saved-status'}>
        {message ? t(message.key, { name: message.name ?? '' }) : ''}
      </p>
    </section>
  );
}
