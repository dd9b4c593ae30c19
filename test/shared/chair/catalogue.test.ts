import { describe, expect, it } from 'vitest';
import { sv } from '../../../src-shared/i18n/sv';
import { en } from '../../../src-shared/i18n/en';
import {
  EXPORT_REJECTIONS,
  HELP_FORMULAS,
  TIE_CHOICES,
  IMPORT_REASONS,
  IMPORT_VERDICTS,
  PACKAGE_REJECTIONS,
} from '../../../src-shared/chair';
import { FORMULAS } from '../../../src-shared/scoring';

/** Keys the chair screens build from codes (the literal-key check cannot see these). */
function builtKeys(): string[] {
  return [
    ...HELP_FORMULAS.flatMap((k) => [
      `chair.formula.${k}.name`,
      `chair.formula.${k}.formula`,
      `chair.formula.${k}.text`,
    ]),
    ...IMPORT_REASONS.map((r) => `chair.reason.${r}`),
    ...IMPORT_VERDICTS.flatMap((v) => [`chair.verdict.${v}`, `chair.count.${v}`]),
    ...[...PACKAGE_REJECTIONS, 'IPC', 'STORAGE', 'MISSING'].map((r) => `chair.package.reason.${r}`),
    ...EXPORT_REJECTIONS.map((r) => `chair.export.reason.${r}`),
    ...['good', 'tentative', 'low', 'undefined'].map((l) => `chair.alpha.level.${l}`),
    ...TIE_CHOICES.flatMap((c) => [`chair.tie.choice.${c}`, `chair.tie.help.${c}`]),
    ...['motivation', 'minutes'].flatMap((f) =>
      ['title', 'label', 'hint'].map((part) => `chair.${f}.${part}`),
    ),
  ];
}

describe('chair catalogue', () => {
  it('has Swedish and English text for every code the screens translate', () => {
    const missing = builtKeys().filter((k) => !(k in sv) || !(k in en));
    expect(missing).toEqual([]);
  });

  it('explains every formula of the scoring module and the tie policies in both languages', () => {
    expect(HELP_FORMULAS).toEqual(expect.arrayContaining(Object.keys(FORMULAS)));
    for (const key of HELP_FORMULAS) {
      const formula = sv[`chair.formula.${key}.formula` as keyof typeof sv];
      expect(formula.length, key).toBeGreaterThan(10);
      expect(en[`chair.formula.${key}.formula` as keyof typeof en], key).not.toBe('');
    }
  });
});
