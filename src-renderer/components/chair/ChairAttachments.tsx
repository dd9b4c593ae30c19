import { useCallback } from 'react';
import { useT } from '../../i18n/useT';
import { loadChairAttachment } from '../../store/chair-attachments';
import type { ChairAttachmentLoad } from '../../store/chair-attachments';
import type { PackageApplication } from '../../../src-shared/exchange/package';
import { AttachmentSection } from '../attachments/AttachmentSection';
import type { ViewerLoad } from '../attachments/types';
import { fromBase64Url } from '../juror/base64url';

type Refusal = Extract<ChairAttachmentLoad, { ok: false }>['reason'];

/**
 * The attachments of one application in the chair's drill-down: the ones
 * the jurors read, taken from the chair's own package (main verifies it
 * again and checks the signed SHA-256 before anything is shown).
 */
export function ChairAttachments({ app }: { app: PackageApplication }): React.JSX.Element {
  const t = useT();
  const reasonText = useCallback(
    (reason: Refusal): string =>
      reason === 'NOT_FOUND' || reason === 'DAMAGED' || reason === 'IPC'
        ? t(`chair.attachment.${reason}`)
        : t(`chair.package.reason.${reason}`),
    [t],
  );
  const load = useCallback(
    async (attachmentId: string): Promise<ViewerLoad> => {
      const res = await loadChairAttachment(app.id, attachmentId);
      if (!res.ok) {
        return { ok: false, message: `${t('chair.attachment.refused')} ${reasonText(res.reason)}` };
      }
      const a = res.attachment;
      if (a.kind === 'pdf') {
        return { ok: true, content: { kind: 'pdf', name: a.name, bytes: fromBase64Url(a.data) } };
      }
      if (a.text === undefined || a.text.status === 'unreadable') {
        return {
          ok: false,
          message: t(`attachments.text.unreadable.${a.text?.reason ?? 'DAMAGED'}`),
        };
      }
      return {
        ok: true,
        content: {
          kind: 'text',
          source: a.kind,
          name: a.name,
          paragraphs: a.text.paragraphs,
          truncated: a.text.truncated,
        },
      };
    },
    [app.id, reasonText, t],
  );
  // Metadata only: the bytes stay out of React's props until the chair opens one.
  const attachments = (app.attachments ?? []).map(({ id, name, kind, size, sha256 }) => ({
    id,
    name,
    kind,
    size,
    sha256,
  }));
  return (
    <div className="chair-attachments" data-testid="drill-attachments">
      <AttachmentSection key={app.id} attachments={attachments} load={load} />
    </div>
  );
}
