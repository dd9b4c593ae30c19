import { useCallback } from 'react';
import { useStore } from '../../store/app-store';
import { useT } from '../../i18n/useT';
import type { MessageKey } from '../../../src-shared/i18n/translate';
import type { TieBreakStep } from '../../../src-shared/scoring/ranking';
import { namedStep } from '../../../src-shared/chair/tie-policy';

/** A number for the tables, in the UI language; "–" when there is none. */
export function useNumber(): (x: number | undefined | null, digits?: number) => string {
  const language = useStore((s) => s.language);
  return useCallback(
    (x, digits = 2) => {
      if (x === undefined || x === null || !Number.isFinite(x)) return '–';
      return new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(x);
    },
    [language],
  );
}

/** A score cell as files write it: a number, "cannot assess" or empty. */
export type Cell = number | 'cannot-assess' | null;

/** A score cell as text in the UI language. */
export function useCellText(): (v: Cell) => string {
  const t = useT();
  return useCallback(
    (v) =>
      v === null
        ? t('chair.app.empty')
        : v === 'cannot-assess'
          ? t('chair.app.cannotAssess')
          : String(v),
    [t],
  );
}

/** A date and time for history lists, in the UI language. */
export function useDateTime(): (iso: string) => string {
  const language = useStore((s) => s.language);
  return useCallback(
    (iso) => {
      const d = new Date(iso);
      if (Number.isNaN(d.getTime())) return iso;
      return new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
        dateStyle: 'short',
        timeStyle: 'short',
      }).format(d);
    },
    [language],
  );
}

/** The first 12 hex characters of a digest, in groups of four, for reading aloud. */
export function shortDigest(digest: string): string {
  return (digest.slice(0, 12).match(/.{1,4}/g) ?? []).join(' ');
}

/** The message key and parameters naming a tie-break step (chair-only steps by their name). */
export function stepMessage(step: TieBreakStep): {
  key: MessageKey;
  params: Record<string, string>;
} {
  const named = namedStep(step);
  switch (named.by) {
    case 'criterion-mean':
      return { key: 'chair.tie.step.criterion', params: { criterion: named.criterion } };
    case 'application-id':
      return { key: 'chair.tie.step.id', params: {} };
    case 'top-scores':
      return { key: 'chair.tie.step.topScores', params: {} };
    case 'borda':
      return { key: 'chair.tie.step.borda', params: {} };
    case 'chair-vote':
      return { key: 'chair.tie.step.vote', params: {} };
    case 'mean':
    case 'median':
    case 'trimmedMean':
      return { key: `chair.tie.step.${named.by}`, params: {} };
  }
}
