import { useId, useMemo, useState } from 'react';
import { useT } from '../../i18n/useT';
import { useJurorStore } from '../../store/juror-store';
import { MAX_QUERY_LENGTH, searchApplications } from '../../../src-shared/juror';
import type { JurorApplication } from '../../../src-shared/juror';
import { appLabel } from './labels';

/** Full-text search across the juror's applications, with marked excerpts. */
export function SearchPanel({
  applications,
}: {
  applications: readonly JurorApplication[];
}): React.JSX.Element {
  const t = useT();
  const id = useId();
  const open = useJurorStore((s) => s.openApplication);
  const [query, setQuery] = useState('');
  const docs = useMemo(
    () =>
      applications.map((a) => ({
        id: a.id,
        title: appLabel(t, a),
        sections: a.sections,
        facts: a.facts,
      })),
    [applications, t],
  );
  const hits = useMemo(() => searchApplications(docs, query), [docs, query]);
  const byId = new Map<string, JurorApplication>(applications.map((a) => [a.id, a]));
  const active = query.trim() !== '';

  return (
    <div role="search" className="juror-search">
      <div className="text-field">
        <label htmlFor={id}>{t('juror.search.label')}</label>
        <p id={`${id}-hint`} className="field-hint">
          {t('juror.search.hint')}
        </p>
        <input
          id={id}
          type="search"
          value={query}
          maxLength={MAX_QUERY_LENGTH}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <p role="status" className="muted">
        {active
          ? hits.length > 0
            ? t('juror.search.count', { count: hits.length })
            : t('juror.search.none')
          : ''}
      </p>
      {active && hits.length > 0 && (
        <ul className="search-results" aria-label={t('juror.search.results')}>
          {hits.map((hit) => {
            const app = byId.get(hit.applicationId);
            if (app === undefined) return null;
            return (
              <li key={hit.applicationId}>
                <button type="button" className="link-button" onClick={() => open(app.id)}>
                  {appLabel(t, app)}
                </button>{' '}
                <span className="muted">{t('juror.search.hits', { count: hit.count })}</span>
                {hit.snippets.map((s, i) => (
                  <p key={i} className="snippet">
                    {s.where !== '' && <span className="snippet-where">{s.where}: </span>}
                    {s.before}
                    <mark>{s.match}</mark>
                    {s.after}
                  </p>
                ))}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
