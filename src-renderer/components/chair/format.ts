import { useCallback } from 'react';
import { useStore } from '../../store/app-store';
import type { MessageKey } from '../../../src-shared/i18n/translate';
import type { TieBreakStep } from '../../../src-shared/scoring/ranking';

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

/** The message key and parameters naming a tie-break step. */
export function stepMessage(step: TieBreakStep): {
  key: MessageKey;
  params: Record<string, string>;
} {
  switch (step.by) {
    case 'criterion-mean':
      return { key: 'chair.tie.step.criterion', params: { criterion: step.criterion } };
    case 'application-id':
      return { key: 'chair.tie.step.id', params: {} };
    case 'mean':
      return { key: 'chair.tie.step.mean', params: {} };
    case 'median':
      return { key: 'chair.tie.step.median', params: {} };
    case 'trimmedMean':
      return { key: 'chair.tie.step.trimmedMean', params: {} };
  }
}
