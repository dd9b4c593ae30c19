import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/useT';
import type { AttachmentKind, AttachmentMeta } from '../../../src-shared/domain/attachment';
import type { AttachmentLoader } from './types';
import { AttachmentViewer } from './AttachmentViewer';
import { fileSize } from './format';
import './attachments.css';

const KIND_KEYS = {
  pdf: 'attachments.kind.pdf',
  docx: 'attachments.kind.docx',
  txt: 'attachments.kind.txt',
} as const satisfies Record<AttachmentKind, string>;

/**
 * An application's attachments ("Bilagor"): name, kind and size of each,
 * and the one the reader opened, shown in place in the app. Generic over
 * who owns the bytes: `load` fetches one attachment when it is opened.
 * Sits under an h2 (its heading is an h3, the viewer's an h4).
 */
export function AttachmentSection({
  attachments,
  load,
}: {
  attachments: readonly AttachmentMeta[];
  load: AttachmentLoader;
}): React.JSX.Element {
  const t = useT();
  const id = useId();
  const [openId, setOpenId] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const returnTo = useRef<string | null>(null);

  const close = useCallback(() => {
    returnTo.current = openId;
    setOpenId(null);
  }, [openId]);

  // Closing gives focus back to the button that opened the attachment.
  useEffect(() => {
    if (openId !== null || returnTo.current === null) return;
    buttons.current.get(returnTo.current)?.focus();
    returnTo.current = null;
  }, [openId]);

  const open = attachments.find((a) => a.id === openId);

  return (
    <section aria-labelledby={`${id}-h`} className="attachments">
      <h3 id={`${id}-h`}>{t('attachments.title')}</h3>
      {attachments.length === 0 ? (
        <p className="muted">{t('attachments.none')}</p>
      ) : (
        <ul className="attachment-list">
          {attachments.map((a) => (
            <li key={a.id}>
              <button
                type="button"
                className="link-button attachment-open"
                aria-expanded={a.id === openId}
                aria-describedby={`${id}-${a.id}`}
                ref={(el) => {
                  if (el) buttons.current.set(a.id, el);
                  else buttons.current.delete(a.id);
                }}
                onClick={() => setOpenId(a.id === openId ? null : a.id)}
              >
                {a.name}
              </button>{' '}
              <span id={`${id}-${a.id}`} className="muted attachment-meta">
                {t('attachments.meta', { kind: t(KIND_KEYS[a.kind]), size: fileSize(t, a.size) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {open !== undefined && (
        <AttachmentViewer key={open.id} meta={open} load={load} onClose={close} />
      )}
    </section>
  );
}
