import { useId, useState } from 'react';
import { useT } from '../../../i18n/useT';
import type { StoredAttachment } from '../../../../src-shared/organiser';
import { ConfirmButton } from '../ConfirmButton';
import { sizeText } from './size';

/**
 * One attachment: its name, kind and size; the organiser's decision whether
 * it may go into anonymised phases (explained once, above the list); what the
 * anonymiser found in its text (or that a PDF is not checked); and removal.
 */
export function AttachmentItem({
  attachment,
  hintId,
  onAnonymisedOk,
  onRemove,
}: {
  attachment: StoredAttachment;
  /** Id of the panel's explanation of the anonymised-phase decision. */
  hintId: string;
  /** Store the decision; the box shows the new state until it is stored. */
  onAnonymisedOk: (ok: boolean) => Promise<void>;
  onRemove: () => void;
}): React.JSX.Element {
  const t = useT();
  const id = useId();
  const [pending, setPending] = useState<boolean | null>(null);
  const { meta } = attachment;
  const anonymisedOk = pending ?? attachment.anonymisedOk;
  return (
    <li className="organiser-attachment">
      <h5 id={`${id}-h`}>{meta.name}</h5>
      <p className="muted">
        {t('organiser.attachments.facts', {
          kind: t(`organiser.attachments.kind.${meta.kind}`),
          size: sizeText(meta.size, t),
        })}
      </p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={anonymisedOk}
          aria-describedby={`${hintId} ${id}-state`}
          onChange={(e) => {
            const ok = e.target.checked;
            setPending(ok);
            void onAnonymisedOk(ok).finally(() => setPending(null));
          }}
        />
        <span>
          {t('organiser.attachments.anonymisedOk')}
          <span className="visually-hidden"> ({meta.name})</span>
        </span>
      </label>
      <p id={`${id}-state`} className={anonymisedOk ? 'organiser-ok' : undefined}>
        {anonymisedOk ? t('organiser.attachments.allPhases') : t('organiser.attachments.namedOnly')}
      </p>
      <ScanNote attachment={attachment} />
      <ConfirmButton
        label={
          <>
            {t('organiser.attachments.remove')}
            <span className="visually-hidden"> {meta.name}</span>
          </>
        }
        question={t('organiser.attachments.removeQuestion', { name: meta.name })}
        onConfirm={onRemove}
      />
    </li>
  );
}

/** What the anonymiser would have replaced in the text, as a warning; or why nothing is known. */
function ScanNote({ attachment }: { attachment: StoredAttachment }): React.JSX.Element {
  const t = useT();
  const { scan } = attachment;
  if (scan === null) return <p className="muted">{t('organiser.attachments.pdfNotChecked')}</p>;
  const partial = scan.partial ? <p>{t('organiser.attachments.partial')}</p> : null;
  if (scan.findings.length === 0) {
    return (
      <div>
        <p className="organiser-ok">{t('organiser.attachments.clean')}</p>
        {partial}
      </div>
    );
  }
  return (
    <div className="notice notice-warning organiser-attachment-warning">
      <p>{t('organiser.attachments.warning')}</p>
      <ul>
        {scan.findings.map((f) => (
          <li key={`${f.kind}-${f.text}`}>
            {t('organiser.attachments.findingItem', {
              text: f.text,
              kind: t(`organiser.attachments.finding.${f.kind}`),
              count: f.count,
            })}
          </li>
        ))}
      </ul>
      {scan.more && <p>{t('organiser.attachments.more')}</p>}
      {partial}
    </div>
  );
}
