import type { z } from 'zod';
import { JurorSchema } from '../domain/round';
import type { Juror } from '../domain/round';

/*
 * The jury of the demo round. Every person and organisation here is invented.
 * The organisations mirror the kinds of partners behind the real award (a
 * municipal association, social-services directors, disability rights, a
 * nurses' union, a participation agency and an eHealth fair) without using
 * their names, so that no real organisation or person is credited with
 * judgements made in a demo.
 */

const JURORS: ReadonlyArray<z.input<typeof JurorSchema>> = [
  {
    id: 'juror-1',
    name: 'Annika Solberg',
    organisation: 'Kommunalt samråd i Sverige',
    role: 'chair',
  },
  {
    id: 'juror-2',
    name: 'Henrik Ålund',
    organisation: 'Föreningen Socialledare i samverkan',
    role: 'juror',
  },
  {
    id: 'juror-3',
    name: 'Mirja Koskinen',
    organisation: 'Förbundet Delaktig vardag',
    role: 'juror',
  },
  {
    id: 'juror-4',
    name: 'Samir Haddad',
    organisation: 'Fackförbundet Omvårdnad i Sverige',
    role: 'juror',
  },
  {
    id: 'juror-5',
    name: 'Elin Vikström',
    organisation: 'Delaktighetsverket',
    role: 'juror',
  },
  {
    id: 'juror-6',
    name: 'Tomas Bergqvist',
    organisation: 'eHälsomässan Nordljus',
    role: 'juror',
  },
];

/** The six fictional jurors of the demo round; `juror-1` is the chair. */
export function demoJurors(): Juror[] {
  return JURORS.map((j) => JurorSchema.parse(j));
}

/** The fictional person who organises the demo round on the fair's behalf. */
export function demoOrganiser(): { id: string; name: string; organisation: string } {
  return { id: 'organiser-1', name: 'Lovisa Ekdahl', organisation: 'eHälsomässan Nordljus' };
}
