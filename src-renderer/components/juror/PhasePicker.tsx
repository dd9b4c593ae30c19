import { useId } from 'react';
import { useT } from '../../i18n/useT';
import { useJurorStore } from '../../store/juror-store';

/** Choose the phase when packages for more than one phase were imported. */
export function PhasePicker(): React.JSX.Element | null {
  const t = useT();
  const id = useId();
  const phases = useJurorStore((s) => s.phases);
  const phaseId = useJurorStore((s) => s.phaseId);
  const setPhase = useJurorStore((s) => s.setPhase);
  if (phases.length < 2) return null;
  return (
    <div className="field phase-picker">
      <label htmlFor={id}>{t('juror.phase.label')}</label>{' '}
      <select id={id} value={phaseId ?? ''} onChange={(e) => setPhase(e.target.value)}>
        {phases.map((p) => (
          <option key={p.phaseId} value={p.phaseId}>
            {t(p.payload.phase.anonymised ? 'juror.phase.anonymised' : 'juror.phase.named', {
              name: p.payload.phase.name,
            })}
          </option>
        ))}
      </select>
    </div>
  );
}
