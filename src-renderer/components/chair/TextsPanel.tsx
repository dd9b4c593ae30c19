import { useChairStore } from '../../store/chair-store';
import { useT } from '../../i18n/useT';
import type { MessageKey } from '../../../src-shared/i18n/translate';

type TextField = 'motivation' | 'minutes';

/** One long text of the deliberation, with its heading, label and hint; saved as the chair types. */
function LongText({ field, rows }: { field: TextField; rows: number }): React.JSX.Element {
  const t = useT();
  const value = useChairStore((s) => s.deliberation[field]);
  const update = useChairStore((s) => s.updateDeliberation);
  const key = (part: 'title' | 'label' | 'hint'): MessageKey =>
    `chair.${field}.${part}` as MessageKey;
  const id = `chair-${field}`;
  return (
    <section className="chair-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t(key('title'))}</h3>
      <label htmlFor={id}>{t(key('label'))}</label>
      <p id={`${id}-hint`} className="field-hint">
        {t(key('hint'))}
      </p>
      <textarea
        id={id}
        rows={rows}
        maxLength={100_000}
        aria-describedby={`${id}-hint`}
        value={value}
        onChange={(e) => {
          const text = e.target.value;
          update((d) => ({ ...d, [field]: text }));
        }}
      />
    </section>
  );
}

/** The jury's written motivation (several paragraphs) and the minutes. */
export function TextsPanel(): React.JSX.Element {
  return (
    <>
      <LongText field="motivation" rows={12} />
      <LongText field="minutes" rows={8} />
    </>
  );
}
