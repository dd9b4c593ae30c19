import { useId, useRef, useState, type DragEvent } from 'react';
import { useT } from '../../../i18n/useT';
import type { OrganiserApplication } from '../../../../src-shared/organiser';
import type { AttachmentRefused } from '../../../../src-shared/organiser';
import {
  addAttachments,
  removeAttachment,
  setAnonymisedOk,
} from '../../../store/organiser-attachments';
import { AttachmentItem } from './AttachmentItem';
import './attachments.css';

type Message = { kind: 'ok' | 'error'; text: string };

/**
 * An application's attachments in the review: add them with a dialog (or by
 * dropping files anywhere on this section), remove them, and decide for each
 * whether it may go into anonymised phases. Every change is saved at once.
 */
export function AttachmentsPanel({
  item,
  label,
}: {
  item: OrganiserApplication;
  /** How the application is named on screen ("Ansökan A · Tallmora kommun"). */
  label: string;
}): React.JSX.Element {
  const t = useT();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [busy, setBusy] = useState(false);
  const [over, setOver] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const [refused, setRefused] = useState<readonly AttachmentRefused[]>([]);
  const applicationId = item.application.id;
  const list = item.attachments;

  async function run(work: () => Promise<Message | null>): Promise<void> {
    setBusy(true);
    setMessage(null);
    setRefused([]);
    try {
      setMessage(await work());
    } catch {
      setMessage({ kind: 'error', text: t('organiser.attachments.failed') });
    } finally {
      setBusy(false);
    }
  }

  function add(source: { kind: 'dialog' } | { kind: 'dropped'; files: readonly File[] }): void {
    void run(async () => {
      const res = await addAttachments(applicationId, source);
      if (!res.ok) return { kind: 'error', text: t(`error.${res.error.code}`) };
      const r = res.value;
      setRefused(r.refused);
      if (r.cancelled) return null;
      return { kind: 'ok', text: t('organiser.attachments.added', { count: r.added }) };
    });
  }

  function onDrop(e: DragEvent<HTMLElement>): void {
    e.preventDefault();
    setOver(false);
    const files = [...e.dataTransfer.files];
    if (files.length > 0 && !busy) add({ kind: 'dropped', files });
  }

  return (
    <section
      aria-labelledby={`${id}-h`}
      className={`organiser-attachments${over ? ' drop-over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <h4 id={`${id}-h`} ref={heading} tabIndex={-1}>
        {t('organiser.attachments.title')}
      </h4>
      <p className="muted">{t('organiser.attachments.intro')}</p>
      <p id={`${id}-hint`} className="field-hint">
        {t('organiser.attachments.anonymisedHint')}
      </p>
      <div className="organiser-actions">
        <button type="button" disabled={busy} onClick={() => add({ kind: 'dialog' })}>
          {t('organiser.attachments.add')}
          <span className="visually-hidden"> {label}</span>
        </button>
        <span className="muted">{t('organiser.attachments.drop')}</span>
      </div>
      <p
        role="status"
        className={message?.kind === 'ok' ? 'organiser-message organiser-ok' : 'organiser-message'}
      >
        {busy ? t('organiser.attachments.busy') : message?.kind === 'ok' ? message.text : null}
      </p>
      {(message?.kind === 'error' || refused.length > 0) && (
        <div role="alert" className="notice notice-error">
          {message?.kind === 'error' && <p>{message.text}</p>}
          {refused.length > 0 && (
            <>
              <p>{t('organiser.attachments.refusedTitle')}</p>
              <ul>
                {refused.map((r, i) => (
                  <li key={`${r.fileName}-${i}`}>
                    {t('organiser.attachments.refusedItem', {
                      file: r.fileName,
                      reason: t(`organiser.attachments.refusal.${r.reason}`),
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {list.length === 0 ? (
        <p>{t('organiser.attachments.none')}</p>
      ) : (
        <ul
          className="organiser-attachment-list"
          aria-label={t('organiser.attachments.list', { name: label, count: list.length })}
        >
          {list.map((a) => (
            <AttachmentItem
              key={a.meta.id}
              attachment={a}
              hintId={`${id}-hint`}
              onAnonymisedOk={(ok) =>
                run(async () => {
                  await setAnonymisedOk(applicationId, a.meta.id, ok);
                  return {
                    kind: 'ok',
                    text: t(
                      ok ? 'organiser.attachments.cleared' : 'organiser.attachments.uncleared',
                      {
                        name: a.meta.name,
                      },
                    ),
                  };
                })
              }
              onRemove={() =>
                void run(async () => {
                  await removeAttachment(applicationId, a.meta.id);
                  // The item and its buttons are gone: keep focus in the section.
                  heading.current?.focus();
                  return {
                    kind: 'ok',
                    text: t('organiser.attachments.removed', { name: a.meta.name }),
                  };
                })
              }
            />
          ))}
        </ul>
      )}
    </section>
  );
}
