import { useCallback } from 'react';
import { useT } from '../../i18n/useT';
import { loadJurorAttachment } from '../../store/juror-attachments';
import type { JurorApplication } from '../../../src-shared/juror';
import type { AttachmentRefusal } from '../../../src-shared/ipc/juror-contract';
import { AttachmentSection } from '../attachments/AttachmentSection';
import type { ViewerLoad } from '../attachments/types';
import { viewerContent } from '../attachments/opened';

/**
 * The attachments of one application in the juror's reading view. The
 * bytes of an attachment come from main, taken from the package verified
 * again, only while the juror has it open.
 */
export function JurorAttachments({ app }: { app: JurorApplication }): React.JSX.Element {
  const t = useT();
  const reasonText = useCallback(
    (reason: AttachmentRefusal | 'STORAGE'): string =>
      reason === 'NOT_FOUND' || reason === 'DAMAGED'
        ? t(`juror.attachment.${reason}`)
        : t(`juror.refusal.${reason}`),
    [t],
  );
  const load = useCallback(
    async (attachmentId: string): Promise<ViewerLoad> => {
      const res = await loadJurorAttachment(app.id, attachmentId);
      if (!res.ok) {
        return { ok: false, message: `${t('juror.attachment.refused')} ${reasonText(res.reason)}` };
      }
      return viewerContent(res.attachment, t);
    },
    [app.id, reasonText, t],
  );
  return <AttachmentSection key={app.id} attachments={app.attachments ?? []} load={load} />;
}
