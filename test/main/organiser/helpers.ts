import { createIdentity, createIdentityCard } from '../../../src-main/services/crypto';
import type { Identity } from '../../../src-main/services/crypto';
import { newRoster } from '../../../src-main/services/organiser';
import type { CardFile } from '../../../src-main/services/organiser';
import type { Roster } from '../../../src-main/services/exchange';
import { demoApplications } from '../../../src-shared/demo/demo-applications';
import { demoRound } from '../../../src-shared/demo/demo-round';
import { assignPseudonyms } from '../../../src-shared/anonymise';
import { emptyReview, setApproved } from '../../../src-shared/organiser';
import type { ReviewedApplication } from '../../../src-shared/organiser';

export const APP_VERSION = '0.1.0-test';

/** Real keys for everyone in the test round. */
export const organiser: Identity = createIdentity('Olle Organisatör', 'Inera');
export const anna: Identity = createIdentity('Anna Öhman', 'Region Norr');
export const bo: Identity = createIdentity('Bo Åkesson', '');
export const cecilia: Identity = createIdentity('Cecilia Ståhl', 'Funktionsrätt');

export const round = demoRound();

export function card(identity: Identity, fileName = `${identity.name}.juryrum-id`): CardFile {
  return { fileName, bytes: createIdentityCard(identity) };
}

export function emptyRoster(): Roster {
  return newRoster(round.award, round.id, organiser);
}

/** The nine demo applications with stable pseudonyms; approved unless told otherwise. */
export function reviewedApplications(approved = true): ReviewedApplication[] {
  const apps = demoApplications();
  const pseudonyms = assignPseudonyms(
    new Map(),
    apps.map((a) => a.id),
    'test-seed',
  );
  return apps.map((application) => ({
    application,
    pseudonym: pseudonyms.get(application.id) ?? 'Ansökan ?',
    review: setApproved(emptyReview(), approved),
  }));
}
