import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../../i18n/useT';
import { useOrganiserStore } from '../../../store/organiser-store';
import { LIMITS } from '../../../../src-shared/domain/round';
import { moveItem, newCriterion } from '../../../../src-shared/organiser';
import type { CriterionDraft, RoundDraft, RoundIssue } from '../../../../src-shared/organiser';
import { CriterionCard } from './CriterionCard';
import { criterionLabel } from './useIssueText';

type Direction = 'up' | 'down';

/**
 * The criteria in order. Reordered by keyboard with "move up/down" buttons
 * (focus stays on the moved criterion's button, and the new place is
 * announced) or by mouse, dragging a criterion by its handle.
 */
export function CriteriaEditor({
  draft,
  issues,
}: {
  draft: RoundDraft;
  issues: readonly RoundIssue[];
}): React.JSX.Element {
  const t = useT();
  const id = useId();
  const updateDraft = useOrganiserStore((s) => s.updateDraft);
  const listRef = useRef<HTMLOListElement>(null);
  const [focusAfterMove, setFocusAfterMove] = useState<{ uid: string; dir: Direction } | null>(
    null,
  );
  const [announcement, setAnnouncement] = useState('');
  // The dragged criterion: a ref for the drag events (which can outrun a
  // render), state for the styling.
  const dragRef = useRef<string | null>(null);
  const [dragged, setDragged] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const total = draft.criteria.reduce((sum, c) => sum + c.weight, 0);

  useEffect(() => {
    if (focusAfterMove === null || listRef.current === null) return;
    const item = listRef.current.querySelector(`[data-uid="${CSS.escape(focusAfterMove.uid)}"]`);
    const wanted = item?.querySelector<HTMLButtonElement>(`[data-move="${focusAfterMove.dir}"]`);
    const other = item?.querySelector<HTMLButtonElement>(
      `[data-move="${focusAfterMove.dir === 'up' ? 'down' : 'up'}"]`,
    );
    // At the top or bottom the same button is disabled: the other one takes focus.
    (wanted && !wanted.disabled ? wanted : other)?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove, draft.criteria]);

  function move(uid: string, to: number, dir: Direction | null): void {
    const from = draft.criteria.findIndex((c) => c.uid === uid);
    if (from < 0 || to < 0 || to >= draft.criteria.length || from === to) return;
    const label = criterionLabel(draft, uid, t);
    updateDraft((d) => ({ ...d, criteria: moveItem(d.criteria, from, to) }));
    setAnnouncement(
      t('organiser.criteria.moved', {
        name: label,
        position: to + 1,
        count: draft.criteria.length,
      }),
    );
    if (dir !== null) setFocusAfterMove({ uid, dir });
  }

  function update(uid: string, edit: (c: CriterionDraft) => CriterionDraft): void {
    updateDraft((d) => ({ ...d, criteria: d.criteria.map((c) => (c.uid === uid ? edit(c) : c)) }));
  }

  function add(): void {
    const created = newCriterion(draft.criteria);
    updateDraft((d) => ({ ...d, criteria: [...d.criteria, created] }));
    setExpanded((s) => new Set([...s, created.uid]));
  }

  return (
    <section aria-labelledby={`${id}-h`} className="organiser-section">
      <h3 id={`${id}-h`}>{t('organiser.criteria.title')}</h3>
      <p className="muted">{t('organiser.criteria.intro')}</p>
      <p>{t('organiser.criteria.totalWeight', { total, count: draft.criteria.length })}</p>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      <ol ref={listRef} className="organiser-criteria">
        {draft.criteria.map((criterion, index) => (
          <li
            key={criterion.uid}
            data-uid={criterion.uid}
            className={`organiser-criterion${dropTarget === criterion.uid ? ' drop-target' : ''}${
              dragged === criterion.uid ? ' dragging' : ''
            }`}
            onDragOver={(e) => {
              if (dragRef.current === null) return;
              e.preventDefault();
              e.dataTransfer.dropEffect = 'move';
              setDropTarget(criterion.uid);
            }}
            onDragLeave={() => setDropTarget((d) => (d === criterion.uid ? null : d))}
            onDrop={(e) => {
              e.preventDefault();
              if (dragRef.current !== null) move(dragRef.current, index, null);
              dragRef.current = null;
              setDragged(null);
              setDropTarget(null);
            }}
          >
            <CriterionCard
              criterion={criterion}
              index={index}
              count={draft.criteria.length}
              label={criterionLabel(draft, criterion.uid, t)}
              total={total}
              issues={issues.filter((i) => i.criterionUid === criterion.uid)}
              draft={draft}
              expanded={expanded.has(criterion.uid)}
              onToggle={() =>
                setExpanded((s) => {
                  const next = new Set(s);
                  if (!next.delete(criterion.uid)) next.add(criterion.uid);
                  return next;
                })
              }
              onMove={(dir) => move(criterion.uid, dir === 'up' ? index - 1 : index + 1, dir)}
              onChange={(edit) => update(criterion.uid, edit)}
              onRemove={() =>
                updateDraft((d) => ({
                  ...d,
                  criteria: d.criteria.filter((c) => c.uid !== criterion.uid),
                }))
              }
              onDragStart={(e) => {
                e.dataTransfer.effectAllowed = 'move';
                e.dataTransfer.setData('text/plain', criterion.uid);
                dragRef.current = criterion.uid;
                setDragged(criterion.uid);
              }}
              onDragEnd={() => {
                dragRef.current = null;
                setDragged(null);
                setDropTarget(null);
              }}
            />
          </li>
        ))}
      </ol>
      <button type="button" disabled={draft.criteria.length >= LIMITS.criteria} onClick={add}>
        {t('organiser.criteria.add')}
      </button>
    </section>
  );
}
