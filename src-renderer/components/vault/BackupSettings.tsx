import { useState, type FormEvent } from 'react';
import { useStore } from '../../store/app-store';
import { useT } from '../../i18n/useT';
import { call } from '../../ipc/client';
import { TextField } from '../TextField';
import { allSealedRecords, replaceAllRecords } from '../../db/vault-db';
import type { MessageKey } from '../../../src-shared/i18n/translate';

/** Export the whole vault to one encrypted file, or restore one (asks first). */
export function BackupSettings(): React.JSX.Element {
  const t = useT();
  const setVaultStatus = useStore((s) => s.setVaultStatus);
  const [message, setMessage] = useState<{
    kind: 'ok' | 'error';
    key: MessageKey;
    name?: string;
  } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [passphrase, setPassphrase] = useState('');

  async function exportBackup(): Promise<void> {
    const res = await call('backup:export', { records: await allSealedRecords() });
    if (!res.ok) setMessage({ kind: 'error', key: `error.${res.error.code}` });
    else if (res.value.saved)
      setMessage({ kind: 'ok', key: 'backup.saved', name: res.value.fileName ?? '' });
  }

  async function restore(e: FormEvent): Promise<void> {
    e.preventDefault();
    const res = await call('backup:restore', { passphrase, mode: 'replace' });
    setPassphrase('');
    setConfirming(false);
    if (!res.ok) {
      setMessage({ kind: 'error', key: `error.${res.error.code}` });
      return;
    }
    if (!res.value.restored) return;
    await replaceAllRecords(res.value.records);
    await setVaultStatus(res.value.status);
    setMessage({ kind: 'ok', key: 'backup.restored' });
  }

  return (
    <section aria-labelledby="backup-heading" className="field">
      <h2 id="backup-heading">{t('backup.title')}</h2>
      <p>{t('backup.help')}</p>
      <button type="button" onClick={() => void exportBackup()}>
        {t('backup.export')}
      </button>{' '}
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
