import { useState, type FormEvent } from 'react';
import { useChairStore } from '../../store/chair-store';
import { useT } from '../../i18n/useT';

/**
 * Every tie at the winner or the finalist cut, once (a tie can touch both),
 * with its applications by id: the same group keeps the same form after a
 * vote has reordered it.
 */
function tieGroups(ties: readonly { applications: readonly string[] }[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const tie of ties) {
    const ids = [...tie.applications].sort();
    groups.set(JSON.stringify(ids), ids);
  }
  return [...groups.values()];
}

/**
 * The chair's vote on each tie that touches the winner or the finalist cut
 * (the `chair-vote` policy). The vote is kept in the deliberation and also
 * recorded as a decision, so the minutes and the result say who decided.
 */
export function TieVotes(): React.JSX.Element {
  const t = useT();
  const ties = useChairStore((s) => s.model?.consolidation.table?.ties ?? []);
  const groups = tieGroups(ties);
  if (groups.length === 0) return <p className="muted">{t('chair.tie.vote.none')}</p>;
  return (
    <>
      {groups.map((g) => (
        <VoteForm key={JSON.stringify(g)} tied={g} />
      ))}
    </>
  );
}

function VoteForm({ tied }: { tied: readonly string[] }): React.JSX.Element {
  const t = useT();
  const labels = useChairStore((s) => s.model?.labels);
  const update = useChairStore((s) => s.updateDeliberation);
  // Starts from the table's current order (a vote already cast shows as cast).
  const current = useChairStore((s) => s.model?.consolidation.table?.ties ?? []);
  const [order, setOrder] = useState<string[]>(
    () =>
      current
        .find(
          (w) =>
            w.applications.length === tied.length && tied.every((a) => w.applications.includes(a)),
        )
        ?.applications.slice() ?? [...tied],
  );
  const [recorded, setRecorded] = useState<string | null>(null);
  const label = (id: string): string => labels?.get(id) ?? id;
  const ordered = (ids: readonly string[]): string =>
    ids.map((id, i) => `${i + 1}. ${label(id)}`).join(', ');
  const headingId = `tie-vote-${tied.join('-')}`;

  function move(from: number, to: number): void {
    setOrder((o) => {
      const next = [...o];
      const [item] = next.splice(from, 1);
      if (item !== undefined) next.splice(to, 0, item);
      return next;
    });
    setRecorded(null);
  }
  function submit(e: FormEvent): void {
    e.preventDefault();
    const at = new Date().toISOString();
    const text = t('chair.tie.vote.decision', { order: ordered(order) });
    update((d) => ({
      ...d,
      tieVotes: [...d.tieVotes, { order: [...order], at }],
      decisions: [...d.decisions, { at, text }],
    }));
    setRecorded(ordered(order));
  }

  return (
    <form className="chair-vote" onSubmit={submit} aria-labelledby={headingId}>
      <h4 id={headingId}>
        {t('chair.tie.vote.title', { applications: tied.map(label).join(', ') })}
      </h4>
      <p className="field-hint">{t('chair.tie.vote.intro')}</p>
      <ol>
        {order.map((id, i) => (
          <li key={id}>
            <span>{label(id)}</span>{' '}
            <button
              type="button"
              disabled={i === 0}
              aria-label={t('chair.tie.vote.up', { application: label(id) })}
              onClick={() => move(i, i - 1)}
            >
              ↑
            </button>{' '}
            <button
              type="button"
              disabled={i === order.length - 1}
              aria-label={t('chair.tie.vote.down', { application: label(id) })}
              onClick={() => move(i, i + 1)}
            >
              ↓
            </button>
          </li>
        ))}
      </ol>
      <p>
        <button type="submit">{t('chair.tie.vote.record')}</button>
      </p>
      <p role="status">
        {recorded === null ? '' : t('chair.tie.vote.recorded', { order: recorded })}
      </p>
    </form>
  );
}
