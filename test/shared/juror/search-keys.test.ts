import { describe, expect, it } from 'vitest';
import {
  criterionKeyAction,
  pinScope,
  queryTerms,
  searchApplications,
} from '../../../src-shared/juror';
import { defaultScale } from '../../../src-shared/domain/template';
import { DEMO_ROUND_ID } from '../../../src-shared/demo/demo-round';

const docs = [
  {
    id: 'a',
    title: 'Ansökan A',
    sections: [
      {
        title: 'Ledning',
        text: 'Digitala ombud finns på varje enhet. Digitalisering leds av socialnämnden.',
      },
    ],
    facts: { population: '10 000–25 000' },
  },
  {
    id: 'b',
    title: 'Ansökan B',
    sections: [{ title: 'Användning', text: 'Nattillsyn via kamera erbjuds alla som vill.' }],
    facts: { region: 'Norra Sverige' },
  },
];

describe('search', () => {
  it('finds applications with every word, case-insensitively, with marked excerpts', () => {
    const hits = searchApplications(docs, 'DIGITAL ombud');
    expect(hits.map((h) => h.applicationId)).toEqual(['a']);
    expect(hits[0]?.count).toBe(3);
    expect(hits[0]?.snippets[0]).toMatchObject({ where: 'Ledning', match: 'Digital' });
    expect(searchApplications(docs, 'norra')[0]?.applicationId).toBe('b');
    expect(searchApplications(docs, 'kamera ombud')).toEqual([]);
    expect(searchApplications(docs, '   ')).toEqual([]);
    expect(queryTerms('a a, b;c')).toEqual(['a', 'b', 'c']);
  });
});

describe('keyboard shortcuts in a criterion', () => {
  const none = { ctrl: false, alt: false, meta: false };
  const scale = defaultScale();
  it('maps digits on the scale, E, Delete, N and P; ignores the rest', () => {
    expect(criterionKeyAction('3', scale, none)).toEqual({ kind: 'set', value: 3 });
    expect(criterionKeyAction('0', scale, none)).toBeNull();
    expect(criterionKeyAction('6', scale, none)).toBeNull();
    expect(criterionKeyAction('e', scale, none)).toEqual({ kind: 'cannot-assess' });
    expect(criterionKeyAction('E', { ...scale, allowCannotAssess: false }, none)).toBeNull();
    expect(criterionKeyAction('Delete', scale, none)).toEqual({ kind: 'clear' });
    expect(criterionKeyAction('n', scale, none)).toEqual({ kind: 'next' });
    expect(criterionKeyAction('P', scale, none)).toEqual({ kind: 'previous' });
    expect(criterionKeyAction('3', scale, { ...none, ctrl: true })).toBeNull();
    expect(criterionKeyAction('5', { ...scale, min: 0, max: 10 }, none)).toBeNull();
  });
});

describe('organiser pins', () => {
  it('are per award, with the demo round kept apart', () => {
    expect(pinScope('Sveriges eHälsokommun', 'ehk-2027')).toBe('Sveriges eHälsokommun');
    expect(pinScope('Sveriges eHälsokommun', DEMO_ROUND_ID)).not.toBe('Sveriges eHälsokommun');
  });
});
