import { useCallback } from 'react';
import { translate, type MessageKey, type Params } from '../../src-shared/i18n/translate';
import { useStore } from '../store/app-store';

/** The translate function for the current language. All UI text goes through it. */
export function useT(): (key: MessageKey, params?: Params) => string {
  const language = useStore((s) => s.language);
  return useCallback((key, params) => translate(language, key, params), [language]);
}
