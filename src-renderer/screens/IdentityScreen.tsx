import { useState, type FormEvent } from 'react';
import { useStore } from '../store/app-store';
import { useT } from '../i18n/useT';
import { call } from '../ipc/client';
import { ScreenHeading } from '../components/ScreenHeading';
import { TextField } from '../components/TextField';
import { Fingerprint } from '../components/vault/Fingerprint';
import { MIN_PASSPHRASE_LENGTH } from '../../src-shared/ipc/vault-contract';
import type { MessageKey } from '../../src-shared/i18n/translate';

/** My identity: fingerprint to compare by phone, identity card, key file. */
export function IdentityScreen(): React.JSX.Element {
  const t = useT();
  const identity = useStore((s) => s.vault?.identity ?? null);
  const setVaultStatus = useStore((s) => s.setVaultStatus);
  const [message, setMessage] = useState<{
    kind: 'ok' | 'error';
    key: MessageKey;
    name?: string;
  } | null>(null);
  const [keyPass, setKeyPass] = useState('');
  const [importPass, setImportPass] = useState('');

  async function exportCard(): Promise<void> {
    const res = await call('identity:exportCard', {});
    if (!res.ok) setMessage({ kind: 'error', key: `error.${res.error.code}` });
    else if (res.value.saved)
      setMessage({ kind: 'ok', key: 'identity.saved', name: res.value.fileName ?? '' });
  }

  async function exportKeys(e: FormEvent): Promise<void> {
    e.preventDefault();
    if ([...keyPass].length < MIN_PASSPHRASE_LENGTH) {
      setMessage({ kind: 'error', key: 'identity.keys.tooShort' });
      return;
    }
    const res = await call('identity:exportKeys', { passphrase: keyPass });
    if (!res.ok) setMessage({ kind: 'error', key: `error.${res.error.code}` });
    else if (res.value.saved) {
      setKeyPass('');
      setMessage({ kind: 'ok', key: 'identity.saved', name: res.value.fileName ?? '' });
    }
  }

  async function importKeys(e: FormEvent): Promise<void> {
    e.preventDefault();
    const res = await call('identity:importKeys', { passphrase: importPass });
    if (!res.ok) setMessage({ kind: 'error', key: `error.${res.error.code}` });
    else if (res.value.imported) {
      setImportPass('');
      await setVaultStatus(res.value.status);
      setMessage({ kind: 'ok', key: 'identity.imported' });
    }
  }

  if (!identity) return <p role="status">{t('status.loading')}</p>;
  return (
    <section>
      <ScreenHeading>{t('identity.title')}</ScreenHeading>
      <dl className="facts">
        <dt>{t('identity.name')}</dt>
        <dd>{identity.name}</dd>
        <dt>{t('identity.organisation')}</dt>
        <dd>{identity.organisation || '–'}</dd>
      </dl>
      <h2>{t('identity.fingerprint')}</h2>
      <p className="muted">{t('identity.fingerprint.help')}</p>
      <Fingerprint value={identity.fingerprint} />
      <div role="status" className={message?.kind === 'error' ? 'field-error' : 'saved-status'}>
        {message ? t(message.key, { name: message.name ?? '' }) : ''}
      </div>
      <h2>{t('identity.card.title')}</h2>
      <p>{t('identity.card.help')}</p>
      <button type="button" onClick={() => void exportCard()}>
        {t('identity.card.export')}
      </button>
      <h2>{t('identity.keys.title')}</h2>
      <p>{t('identity.keys.help')}</p>
      <form onSubmit={(e) => void exportKeys(e)} className="inline-form">
        <TextField
          label={t('identity.keys.passphrase')}
          type="password"
          autoComplete="new-password"
          value={keyPass}
          hint={t('vault.create.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
          onChange={(e) => setKeyPass(e.target.value)}
        />
        <button type="submit">{t('identity.keys.export')}</button>
      </form>
      <form onSubmit={(e) => void importKeys(e)} className="inline-form">
        <TextField
          label={t('identity.keys.importPassphrase')}
          type="password"
          autoComplete="off"
          value={importPass}
          onChange={(e) => setImportPass(e.target.value)}
        />
        <button type="submit">{t('identity.keys.import')}</button>
      </form>
    </section>
  );
}
