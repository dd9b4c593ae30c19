import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { NewRoundForm } from './NewRoundForm';
import './organiser.css';

/**
 * "New round" for the home screen: opens the same form as in the organiser
 * workspace; the created round opens in the round editor.
 */
export function NewRoundButton(): React.JSX.Element {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <div className="organiser-new-round-entry">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="home-new-round"
        onClick={() => setOpen((o) => !o)}
      >
        {t('organiser.newRound.open')}
      </button>
      {open && <NewRoundForm id="home-new-round" onDone={() => setOpen(false)} />}
    </div>
  );
}
