import { useChairStore } from '../../store/chair-store';
import { useT } from '../../i18n/useT';
import { useCellText } from './format';

/**
 * The jurors' comments on one application, grouped by criterion so the
 * chair can compare what each juror wrote about the same thing, then the
 * overall comments. Comments are shown as text, never as markup.
 */
export function ApplicationComments({
  applicationId,
}: {
  applicationId: string;
}): React.JSX.Element | null {
  const t = useT();
  const show = useCellText();
  const model = useChairStore((s) => s.model);
  if (model === null) return null;
  const { consolidation, pkg, jurorNames } = model;
  const name = (j: string): string => jurorNames.get(j) ?? j;
  const groups = pkg.round.criteria.map((c) => ({
    key: c.key,
    title: `${c.key} – ${c.name}`,
    items: consolidation.heads.flatMap((h) => {
      const s = h.payload.scores.find(
        (x) => x.applicationId === applicationId && x.criterion === c.key,
      );
      return s === undefined || s.comment.trim() === ''
        ? []
        : [
            {
              juror: h.jurorId,
              text: t('chair.app.commentScore', {
                juror: name(h.jurorId),
                score: show(s.value),
                comment: s.comment,
              }),
            },
          ];
    }),
  }));
  const overall = consolidation.heads.flatMap((h) => {
    const c = h.payload.overallComments.find((x) => x.applicationId === applicationId);
    return c === undefined || c.comment.trim() === ''
      ? []
      : [{ juror: h.jurorId, text: `${name(h.jurorId)}: ${c.comment}` }];
  });
  const any = overall.length > 0 || groups.some((g) => g.items.length > 0);
  return (
    <section
      className="chair-section"
      aria-labelledby="chair-comments-h"
      data-testid="drill-comments"
    >
      <h4 id="chair-comments-h">{t('chair.app.comments')}</h4>
      {!any && <p>{t('chair.app.noComments')}</p>}
      {groups.map((g) =>
        g.items.length === 0 ? null : (
          <div className="comment-group" key={g.key}>
            <h5>{g.title}</h5>
            <ul>
              {g.items.map((i) => (
                <li key={i.juror} className="application-text">
                  {i.text}
                </li>
              ))}
            </ul>
          </div>
        ),
      )}
      {overall.length > 0 && (
        <div className="comment-group">
          <h5>{t('chair.app.overall')}</h5>
          <ul>
            {overall.map((i) => (
              <li key={i.juror} className="application-text">
                {i.text}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
