import { useCallback } from 'react';
import { useT } from '../../i18n/useT';
import { loadChairAttachment } from '../../store/chair-attachments';
import type { ChairAttachmentLoad } from '../../store/chair-attachments';
import type { PackageApplication } from '../../../src-shared/exchange/package';
import { AttachmentSection } from '../attachments/AttachmentSection';
import type { ViewerLoad } from '../attachments/types';
import { viewerContent } from '../attachments/opened';

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
      return viewerContent(res.attachment, t);
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
