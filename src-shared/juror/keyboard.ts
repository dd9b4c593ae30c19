import type { Scale } from '../domain/round';

/** What a key press in a criterion's radio group does. */
export type CriterionKeyAction =
  | { readonly kind: 'set'; readonly value: number }
  | { readonly kind: 'cannot-assess' }
  | { readonly kind: 'clear' }
  | { readonly kind: 'next' }
  | { readonly kind: 'previous' };

/** Keys the help panel lists, in order. Arrow keys are the radio group's own. */
export const CRITERION_SHORTCUTS = ['digits', 'e', 'delete', 'n', 'p', 'arrows', 'tab'] as const;

/**
 * The shortcut for a key pressed while a criterion has focus. They only act
 * when the focus is in that criterion (WCAG 2.1.4), never with a modifier,
 * so they cannot clash with the system's or a screen reader's shortcuts.
 * Digits set a score when the scale has single-digit values; larger scales
 * are scored with the arrow keys.
 */
export function criterionKeyAction(
  key: string,
  scale: Scale,
  modifiers: { readonly ctrl: boolean; readonly alt: boolean; readonly meta: boolean },
): CriterionKeyAction | null {
  if (modifiers.ctrl || modifiers.alt || modifiers.meta) return null;
  if (/^[0-9]$/.test(key)) {
    const value = Number(key);
    return scale.max <= 9 && value >= scale.min && value <= scale.max
      ? { kind: 'set', value }
      : null;
  }
  switch (key.toLowerCase()) {
    case 'e':
      return scale.allowCannotAssess ? { kind: 'cannot-assess' } : null;
    case 'delete':
    case 'backspace':
      return { kind: 'clear' };
    case 'n':
      return { kind: 'next' };
    case 'p':
      return { kind: 'previous' };
    default:
      return null;
  }
}
