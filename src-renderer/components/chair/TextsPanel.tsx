import { useChairStore } from '../../store/chair-store';
import { useT } from '../../i18n/useT';

/** The jury's written motivation (several paragraphs) and the minutes; saved as the chair types. */
export function TextsPanel(): React.JSX.Element {
  const t = useT();
  const motivation = useChairStore((s) => s.deliberation.motivation);
  const minutes = useChairStore((s) => s.deliberation.minutes);
  const update = useChairStore((s) => s.updateDeliberation);
  return (
    <>
      <section className="chair-section" aria-labelledby="chair-motivation-h">
        <h3 id="chair-motivation-h">{t('chair.motivation.title')}</h3>
        <label htmlFor="chair-motivation">{t('chair.motivation.label')}</label>
        <p id="chair-motivation-hint" className="field-hint">
          {t('chair.motivation.hint')}
        </p>
        <textarea
          id="chair-motivation"
          rows={12}
          maxLength={100_000}
          aria-describedby="chair-motivation-hint"
          value={motivation}
          onChange={(e) => {
            const motivationText = e.target.value;
            update((d) => ({ ...d, motivation: motivationText }));
          }}
        />
      </section>
      <section className="chair-section" aria-labelledby="chair-minutes-h">
        <h3 id="chair-minutes-h">{t('chair.minutes.title')}</h3>
        <label htmlFor="chair-minutes">{t('chair.minutes.label')}</label>
        <p id="chair-minutes-hint" className="field-hint">
          {t('chair.minutes.hint')}
        </p>
        <textarea
          id="chair-minutes"
          rows={8}
          maxLength={100_000}
          aria-describedby="chair-minutes-hint"
          value={minutes}
          onChange={(e) => {
            const minutesText = e.target.value;
            update((d) => ({ ...d, minutes: minutesText }));
          }}
        />
      </section>
    </>
  );
}
