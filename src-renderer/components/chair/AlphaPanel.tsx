import { useChairStore } from '../../store/chair-store';
import { useT } from '../../i18n/useT';
import { TableWrap } from './TableWrap';
import { interpretAlpha } from '../../../src-shared/scoring/krippendorff';
import type { AlphaResult } from '../../../src-shared/scoring/krippendorff';
import { useNumber } from './format';

/** Krippendorff's alpha (interval), overall and per criterion, with a plain-words reading. */
export function AlphaPanel(): React.JSX.Element | null {
  const t = useT();
  const num = useNumber();
  const model = useChairStore((s) => s.model);
  const table = model?.consolidation.table;
  if (model === null || table === undefined || table === null) return null;
  const row = (key: string, what: string, a: AlphaResult): React.JSX.Element => (
    <tr key={key} data-level={interpretAlpha(a.alpha)}>
      <th scope="row">{what}</th>
      <td className="num">{num(a.alpha, 3)}</td>
      <td>{t(`chair.alpha.level.${interpretAlpha(a.alpha)}`)}</td>
      <td className="num">{a.pairableValues}</td>
    </tr>
  );
  return (
    <section className="chair-section" aria-labelledby="chair-alpha-h">
      <h3 id="chair-alpha-h">{t('chair.alpha.title')}</h3>
      <p>{t('chair.alpha.intro')}</p>
      <TableWrap label={t('chair.alpha.caption')}>
        <table className="chair-data" data-testid="alpha">
          <caption className="visually-hidden">{t('chair.alpha.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('chair.alpha.col.what')}</th>
              <th scope="col" className="num">
                {t('chair.alpha.col.alpha')}
              </th>
              <th scope="col">{t('chair.alpha.col.reading')}</th>
              <th scope="col" className="num">
                {t('chair.alpha.col.values')}
              </th>
            </tr>
          </thead>
          <tbody>
            {row('overall', t('chair.alpha.overall'), table.alpha.overall)}
            {model.pkg.round.criteria.map((c) => {
              const a = table.alpha.perCriterion.get(c.key);
              return a === undefined ? null : row(c.key, `${c.key} – ${c.name}`, a);
            })}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}
