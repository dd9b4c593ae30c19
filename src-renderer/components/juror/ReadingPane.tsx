import { useId } from 'react';
import { useT } from '../../i18n/useT';
import { useStore } from '../../store/app-store';
import { useJurorStore } from '../../store/juror-store';
import type { JurorApplication } from '../../../src-shared/juror';
import { factLabel, factValue } from './labels';
import { JurorAttachments } from './JurorAttachments';

/**
 * The application's text for long reading, with its attachments (opened
 * in the app). Everything from the file is rendered as React text, never
 * as HTML, so markup in an application is shown as the characters it is.
 */
export function ReadingPane({ app }: { app: JurorApplication }): React.JSX.Element {
  const t = useT();
  const id = useId();
  const language = useStore((s) => s.language);
  const note = useJurorStore((s) => s.notes.get(app.id) ?? '');
  const setNote = useJurorStore((s) => s.setNote);
  const facts = Object.entries(app.facts);

  return (
    <div className="reading">
      <section aria-labelledby={`${id}-facts`} className="facts-box">
        <h3 id={`${id}-facts`}>{t('juror.app.facts')}</h3>
        {facts.length === 0 ? (
          <p className="muted">{t('juror.app.noFacts')}</p>
        ) : (
          <dl className="app-facts">
            {facts.map(([key, value]) => (
              <div key={key} className="fact">
                <dt>{factLabel(t, key)}</dt>
                <dd>{factValue(value, language)}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      <JurorAttachments app={app} />
      <section aria-label={t('juror.app.text')} className="app-text">
        {app.sections.map((section, i) => (
          <section key={i} className="app-section">
            <h3>{section.title || t('juror.app.text')}</h3>
            {section.text.trim() === '' ? (
              <p className="muted">{t('juror.app.emptySection')}</p>
            ) : (
              section.text.split(/\n\s*\n/).map((para, j) => <p key={j}>{para}</p>)
            )}
          </section>
        ))}
      </section>
      <div className="text-field note-field">
        <label htmlFor={`${id}-note`}>{t('juror.note.label')}</label>
        <p id={`${id}-note-help`} className="field-hint">
          {t('juror.note.help')}
        </p>
        <textarea
          id={`${id}-note`}
          rows={5}
          aria-describedby={`${id}-note-help`}
          value={note}
          onChange={(e) => setNote(app.id, e.target.value)}
        />
      </div>
    </div>
  );
}
