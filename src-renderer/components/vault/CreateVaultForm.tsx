import { useState, type FormEvent } from 'react';
import { useStore } from '../../store/app-store';
import { useT } from '../../i18n/useT';
import { TextField } from '../TextField';
import { PassphraseStrength } from './PassphraseStrength';
import { MIN_PASSPHRASE_LENGTH } from '../../../src-shared/ipc/vault-contract';
import { passphraseStrength } from '../../vault/strength';

/** First run: who am I, and the passphrase that protects everything. */
export function CreateVaultForm(): React.JSX.Element {
  const t = useT();
  const createVault = useStore((s) => s.createVault);
  const vaultError = useStore((s) => s.vaultError);
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [useKeychain, setUseKeychain] = useState(false);
  // Offered only when main reports a real OS keychain (never basic_text).
  const keychainAvailable = useStore((s) => s.vault?.keychain === 'off');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);

  const tooShort = passphraseStrength(passphrase) === 'too-short';
  const mismatch = confirm !== passphrase;
  const nameMissing = name.trim() === '';
  const valid = !tooShort && !mismatch && !nameMissing && understood;

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    setTried(true);
    if (!valid || busy) return;
    setBusy(true);
    await createVault({
      passphrase,
      name: name.trim(),
      organisation: organisation.trim(),
      useKeychain: keychainAvailable && useKeychain,
    });
    setBusy(false);
  }

  return (
    <form
      className="vault-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="create-vault-heading"
    >
      <h2 id="create-vault-heading">{t('vault.create.title')}</h2>
      <p>{t('vault.create.intro')}</p>
      <TextField
        label={t('vault.create.name')}
        value={name}
        autoComplete="name"
        onChange={(e) => setName(e.target.value)}
        error={tried && nameMissing ? t('vault.create.nameMissing') : undefined}
      />
      <TextField
        label={t('vault.create.organisation')}
        value={organisation}
        autoComplete="organization"
        onChange={(e) => setOrganisation(e.target.value)}
      />
      <TextField
        label={t('vault.passphrase')}
        type="password"
        autoComplete="new-password"
        value={passphrase}
        hint={t('vault.create.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
        onChange={(e) => setPassphrase(e.target.value)}
        error={
          tried && tooShort ? t('vault.create.tooShort', { min: MIN_PASSPHRASE_LENGTH }) : undefined
        }
      />
      <PassphraseStrength passphrase={passphrase} id="passphrase-strength" />
      <TextField
        label={t('vault.create.confirm')}
        type="password"
        autoComplete="new-password"
        value={confirm}
        onChange={(e) => setConfirm(e.target.value)}
        error={tried && mismatch ? t('vault.create.mismatch') : undefined}
      />
      <div className="notice notice-warning" role="note">
        <p>{t('vault.create.warning')}</p>
        <p>{t('vault.create.backupAdvice')}</p>
      </div>
      {keychainAvailable && (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={useKeychain}
            onChange={(e) => setUseKeychain(e.target.checked)}
          />
          <span>{t('vault.create.keychain')}</span>
        </label>
      )}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={understood}
          onChange={(e) => setUnderstood(e.target.checked)}
        />
        <span>{t('vault.create.understood')}</span>
      </label>
      {tried && !understood && <p className="field-error">{t('vault.create.mustUnderstand')}</p>}
      {vaultError && (
        <p className="field-error" role="alert">
          {t(`error.${vaultError.code}`)}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t('vault.create.working') : t('vault.create.submit')}
      </button>
    </form>
  );
}
