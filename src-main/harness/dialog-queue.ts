import type { Dialogs, OpenDialogOptions, SaveDialogOptions } from '../services/dialogs';

/**
 * The harness's file dialogs: the test says beforehand which paths the next
 * dialogs return (or that they are cancelled). This hook exists only here;
 * the real app always shows native dialogs.
 */
export class DialogQueue implements Dialogs {
  private readonly answers: (readonly string[] | null)[] = [];
  /** Every dialog that was opened, for assertions on titles and default names. */
  readonly opened: (
    { kind: 'open'; options: OpenDialogOptions } | { kind: 'save'; options: SaveDialogOptions }
  )[] = [];

  /** Queue the answer for the next dialog: paths, or null for "cancelled". */
  answerNext(paths: string | readonly string[] | null): void {
    this.answers.push(paths === null ? null : typeof paths === 'string' ? [paths] : paths);
  }

  showOpen(options: OpenDialogOptions): Promise<readonly string[] | null> {
    this.opened.push({ kind: 'open', options });
    return Promise.resolve(this.next());
  }

  showSave(options: SaveDialogOptions): Promise<string | null> {
    this.opened.push({ kind: 'save', options });
    const answer = this.next();
    return Promise.resolve(answer?.[0] ?? null);
  }

  private next(): readonly string[] | null {
    // An unexpected dialog counts as cancelled, as if the user pressed Esc.
    return this.answers.length > 0 ? (this.answers.shift() ?? null) : null;
  }
}
