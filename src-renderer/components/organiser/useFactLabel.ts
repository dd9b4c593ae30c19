import { useCallback } from 'react';
import { useT } from '../../i18n/useT';

const KNOWN = ['population', 'county', 'region', 'municipalityGroup'] as const;
type Known = (typeof KNOWN)[number];

const isKnown = (key: string): key is Known => (KNOWN as readonly string[]).includes(key);

/** The label of a context fact: known facts in the UI language, others as written. */
export function useFactLabel(): (key: string) => string {
  const t = useT();
  return useCallback((key: string) => (isKnown(key) ? t(`organiser.fact.${key}`) : key), [t]);
}
