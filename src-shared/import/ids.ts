import { applicantKey } from './text';

/** What application ids look like (see ApplicationIdSchema). */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
export const MAX_ID_LENGTH = 64;

/**
 * Turn a spreadsheet id such as 'Nr 3' or 'Ansökan 12' into a valid
 * application id ('Nr-3', 'Ansokan-12'); '' if nothing usable is left.
 */
export function slugifyId(raw: string): string {
  return raw
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .replace(/-+$/, '');
}

/** Where an id or applicant name was seen first. */
export type SeenAt = { kind: 'existing' } | { kind: 'row'; row: number };

/**
 * Keeps track of the ids and applicant names in use during one import, and
 * hands out generated ids ('app-001', 'app-002', …) that collide with
 * nothing: not with the round, not with ids written anywhere in the file.
 * Generation is sequential, so the same input always gives the same ids.
 */
export class IdRegistry {
  private readonly ids = new Map<string, SeenAt>();
  private readonly applicants = new Map<string, SeenAt>();
  private readonly reserved = new Set<string>();
  private next = 1;

  constructor(existingIds: Iterable<string>, existingApplicants: Iterable<string>) {
    for (const id of existingIds) this.ids.set(id, { kind: 'existing' });
    for (const name of existingApplicants) {
      this.applicants.set(applicantKey(name), { kind: 'existing' });
    }
  }

  /** Ids written in the file: generated ids must avoid them too. */
  reserve(id: string): void {
    this.reserved.add(id);
  }

  /** Where this id was used before, if it was. */
  idSeen(id: string): SeenAt | undefined {
    return this.ids.get(id);
  }

  /** Where this applicant (case-insensitive) was used before, if it was. */
  applicantSeen(name: string): SeenAt | undefined {
    return this.applicants.get(applicantKey(name));
  }

  /** Record an imported application. */
  claim(id: string, applicant: string, row: number): void {
    this.ids.set(id, { kind: 'row', row });
    this.applicants.set(applicantKey(applicant), { kind: 'row', row });
  }

  /** The next free generated id. */
  generate(): string {
    for (;;) {
      const id = `app-${String(this.next).padStart(3, '0')}`;
      this.next++;
      if (!this.ids.has(id) && !this.reserved.has(id)) return id;
    }
  }
}

/** Plain-English detail for a duplicate. */
export function duplicateDetail(seen: SeenAt): string {
  return seen.kind === 'existing' ? 'already in the round' : `same as row ${seen.row}`;
}
