import { useState, type FormEvent } from 'react';
import { useStore } from '../../store/app-store';
import { useT } from '../../i18n/useT';
import { call } from '../../ipc/client';
import { TextField } from '../TextField';
import { replaceAllRecords } from '../../db/vault-db';

/** On a new laptop: start from a backup instead of a new vault. */
export function RestoreIntoEmpty(): React.JSX.Element {
  const t = useT();
  const setVaultStatus = useStore((s) => s.setVaultStatus);
  const showStorageNotice = useStore((s) => s.showStorageNotice);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);

  async function restore(e: FormEvent): Promise<void> {
    e.preventDefault();
    setError(undefined);
    const res = await call('backup:restore', { passphrase, mode: 'empty' });
    if (!res.ok) {
      setError(t(`error.${res.error.code}`));
      return;
    }
    if (!res.value.restored) return;
    // The vault exists now (main wrote its header and identity); its
    // database opens with the status, and then takes the records.
    await setVaultStatus(res.value.status);
    try {
      await replaceAllRecords(res.value.records);
    } catch {
      // This form is gone by now (the vault is unlocked): tell it app-wide.
      showStorageNotice('backup.restoreEmpty.notStored');
    }
  }

  return (
    <form
      className="vault-form"
      onSubmit={(e) => void restore(e)}
      aria-labelledby="restore-heading"
    >
      <h2 id="restore-heading">{t('backup.restoreEmpty.title')}</h2>
      <p>{t('backup.restoreEmpty.help')}</p>
      <TextField
        label={t('backup.restore.passphrase')}
        type="password"
        autoComplete="off"
        value={passphrase}
        onChange={(e) => setPassphrase(e.target.value)}
        error={error}
      />
      <button type="submit">{t('backup.restore.choose')}</button>
    </form>
  );
}
