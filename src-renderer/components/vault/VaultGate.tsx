import type { ReactNode } from 'react';
import { useStore } from '../../store/app-store';
import { useT } from '../../i18n/useT';
import { CreateVaultForm } from './CreateVaultForm';
import { UnlockForm } from './UnlockForm';
import { ScreenHeading } from '../ScreenHeading';
import { RestoreIntoEmpty } from './RestoreIntoEmpty';

/**
 * Shows its children only while the vault is unlocked. Otherwise the user
 * creates or unlocks the vault, and no data is on screen.
 */
export function VaultGate({ children }: { children: ReactNode }): React.JSX.Element {
  const t = useT();
  const vault = useStore((s) => s.vault);
  if (vault === null) return <p role="status">{t('status.loading')}</p>;
  if (vault.state === 'unlocked') return <>{children}</>;
  return (
    <section className="vault-gate">
      <ScreenHeading>
        {vault.state === 'none' ? t('vault.welcome') : t('vault.locked')}
      </ScreenHeading>
      {vault.state === 'none' ? (
        <>
          <CreateVaultForm />
          <RestoreIntoEmpty />
        </>
      ) : (
        <UnlockForm />
      )}
    </section>
  );
}
