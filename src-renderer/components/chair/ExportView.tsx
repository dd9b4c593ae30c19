import { useChairStore } from '../../store/chair-store';
import { useT } from '../../i18n/useT';
import type { MessageKey } from '../../../src-shared/i18n/translate';
import { ViewHeading } from './ViewHeading';
import { shortDigest } from './format';

/** Export the signed result, with a summary of what it will carry. */
export function ExportView(): React.JSX.Element | null {
  const t = useT();
  const model = useChairStore((s) => s.model);
  const d = useChairStore((s) => s.deliberation);
  const exportState = useChairStore((s) => s.exportState);
  const exportResult = useChairStore((s) => s.exportResult);
  if (model === null) return null;
  const label = (id: string): string => model.labels.get(id) ?? id;
  const name = (id: string): string => model.jurorNames.get(id) ?? id;
  const awaiting = model.pending.length > 0;
  const order = new Map(
    (model.consolidation.table?.rows ?? []).map((r) => [r.applicationId, r.position]),
  );
  const finalists = [...d.finalists].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const reasonKey = (r: string): MessageKey =>
    (['STORED_FILE_INVALID', 'AWAITING_DECISION', 'INVALID_RESULT'].includes(r)
      ? `chair.export.reason.${r}`
      : `chair.package.reason.${r}`) as MessageKey;

  return (
    <section>
      <ViewHeading>{t('chair.export.title')}</ViewHeading>
      <p className="lead">{t('chair.export.intro')}</p>
      <dl className="facts" data-testid="export-summary">
        <dt>{t('chair.export.winner')}</dt>
        <dd>{d.winner === null ? t('chair.export.none') : label(d.winner)}</dd>
        <dt>{t('chair.export.finalists')}</dt>
        <dd>{finalists.length === 0 ? t('chair.export.none') : finalists.map(label).join(', ')}</dd>
        <dt>{t('chair.export.method')}</dt>
        <dd>
          {t('chair.export.methodValue', {
            tie: t(`chair.tie.choice.${d.tieChoice}` as MessageKey),
          })}
        </dd>
        <dt>{t('chair.export.motivation')}</dt>
        <dd>{t('chair.export.characters', { count: d.motivation.length })}</dd>
        <dt>{t('chair.export.minutes')}</dt>
        <dd>
          {d.minutes.trim() === ''
            ? t('chair.export.empty')
            : t('chair.export.characters', { count: d.minutes.length })}
        </dd>
        <dt>{t('chair.export.decisions')}</dt>
        <dd>
          {t('chair.export.decisionCount', {
            decisions: d.decisions.length,
            changes: d.scoreChanges.length,
          })}
        </dd>
        <dt>{t('chair.export.inputs')}</dt>
        <dd>
          <ul>
            {model.consolidation.heads.map((h) => (
              <li key={h.jurorId}>
                {t('chair.export.input', {
                  juror: name(h.jurorId),
                  revision: h.revision,
                  digest: shortDigest(h.digest),
                })}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      {awaiting && <p className="notice notice-warning">{t('chair.export.awaiting')}</p>}
      {d.winner === null && <p className="muted">{t('chair.export.noWinner')}</p>}
      <p>
        <button
          type="button"
          className="primary"
          disabled={awaiting || exportState?.status === 'working'}
          onClick={() => void exportResult()}
        >
          {t('chair.export.button')}
        </button>
      </p>
      <div role="status" data-testid="export-status">
        {exportState?.status === 'working' && <p>{t('chair.export.working')}</p>}
        {exportState?.status === 'saved' && (
          <div className="notice notice-ok">
            <p>
              {t('chair.export.saved', { file: exportState.fileName, inputs: exportState.inputs })}
            </p>
            <p className="digest">{t('chair.export.digest', { digest: exportState.digest })}</p>
          </div>
        )}
        {exportState?.status === 'rejected' && (
          <p className="field-error">{t(reasonKey(exportState.reason))}</p>
        )}
      </div>
    </section>
  );
}
