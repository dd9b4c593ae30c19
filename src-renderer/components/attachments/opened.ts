import type { MessageKey, Params } from '../../../src-shared/i18n/translate';
import type { OpenedAttachmentResponse } from '../../../src-shared/ipc/juror-contract';
import { fromBase64Url } from '../../ipc/base64url';
import type { ViewerLoad } from './types';

/**
 * What the viewer shows for an attachment main opened (for a juror or the
 * chair alike): the PDF's bytes, or the readable paragraphs of a TXT/DOCX,
 * or a plain message when main could not read its text.
 */
export function viewerContent(
  a: OpenedAttachmentResponse,
  t: (key: MessageKey, params?: Params) => string,
): ViewerLoad {
  if (a.kind === 'pdf') {
    return { ok: true, content: { kind: 'pdf', name: a.name, bytes: fromBase64Url(a.data) } };
  }
  if (a.text === undefined || a.text.status === 'unreadable') {
    return { ok: false, message: t(`attachments.text.unreadable.${a.text?.reason ?? 'DAMAGED'}`) };
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
}
