import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  anonymiseApplication,
  applicantBaseNames,
  assignPseudonyms,
  coarsenFacts,
  leakCheck,
} from '../../../src-shared/anonymise';
import { ApplicationSchema } from '../../../src-shared/domain/round';

const raw: unknown = JSON.parse(
  readFileSync(new URL('../../fixtures/applications.sample.json', import.meta.url), 'utf8'),
);
const applications = z.array(ApplicationSchema).parse(raw);
const applicants = applications.map((a) => a.applicant);
const pseudonyms = assignPseudonyms(
  new Map(),
  applications.map((a) => a.id),
  'sample',
);

describe('the sample applications', () => {
  it('are three valid applications', () => {
    expect(applications).toHaveLength(3);
  });

  it.each(applications.map((a) => [a.id, a] as const))(
    '%s keeps no applicant, contact or address after anonymisation',
    (_id, app) => {
      const pseudonym = pseudonyms.get(app.id) ?? '';
      const result = anonymiseApplication(app, { pseudonym, otherApplicants: applicants });
      const text = result.sections.map((s) => `${s.title}\n${s.text}`).join('\n');
      for (const name of applicants.flatMap(applicantBaseNames)) {
        expect(text.toLowerCase()).not.toContain(name.toLowerCase().slice(0, 6));
      }
      for (const c of app.contacts) {
        for (const part of c.name.split(' ')) expect(text).not.toContain(part);
        expect(text).not.toContain(c.phone);
        expect(text).not.toContain('@');
      }
      expect(text).not.toMatch(/212000|www\.|\.se/u);
      expect(text).toContain(pseudonym);
      for (const r of result.replacements) {
        const original = app.sections[r.sectionIndex]?.[r.field] ?? '';
        expect(original.slice(r.start, r.end)).toBe(r.from);
      }
    },
  );

  it('leave only the villages for the leak check to report', () => {
    const words = applications.flatMap((app) => {
      const pseudonym = pseudonyms.get(app.id) ?? '';
      const result = anonymiseApplication(app, { pseudonym, otherApplicants: applicants });
      return result.sections.flatMap((s) => leakCheck(s.text).map((f) => f.word));
    });
    expect(words).toEqual(['Norrbacken']);
  });

  it('show coarse facts in anonymised phases', () => {
    expect(applications.map((a) => coarsenFacts(a.facts, true))).toEqual([
      {
        population: '10 000–25 000',
        region: 'Mellansverige',
        municipalityGroup: 'Landsbygdskommun',
      },
      {
        population: '25 000–50 000',
        region: 'Södra Sverige',
        municipalityGroup: 'Pendlingskommun nära större stad',
      },
      { population: '100 000–200 000', region: 'Mellansverige', municipalityGroup: 'Större stad' },
    ]);
  });
});
