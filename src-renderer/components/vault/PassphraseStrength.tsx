import { passphraseStrength, type Strength } from '../../vault/strength';
import { useT } from '../../i18n/useT';
import type { MessageKey } from '../../../src-shared/i18n/translate';

const LABEL: Record<Strength, MessageKey> = {
  'too-short': 'vault.strength.tooShort',
  weak: 'vault.strength.weak',
  fair: 'vault.strength.fair',
  good: 'vault.strength.good',
  strong: 'vault.strength.strong',
};
const LEVEL: Record<Strength, number> = { 'too-short': 0, weak: 1, fair: 2, good: 3, strong: 4 };

/** Live strength feedback for a new passphrase, as text and a meter. */
export function PassphraseStrength({
  passphrase,
  id,
}: {
  passphrase: string;
  id: string;
}): React.JSX.Element {
  const t = useT();
  const strength = passphraseStrength(passphrase);
  return (
    <div className="strength" id={id} aria-live="polite">
      <meter
        min={0}
        max={4}
        low={2}
        high={3}
        optimum={4}
        value={LEVEL[strength]}
        aria-hidden="true"
      />
      <span className={`strength-label strength-${strength}`}>{t(LABEL[strength])}</span>
    </div>
  );
}
