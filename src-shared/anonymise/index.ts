/*
 * The anonymiser: pure functions that turn an application into a reading
 * copy for anonymised phases, and help the organiser check the result.
 */
export type {
  AnonymiseOptions,
  AnonymisedApplication,
  RedactedText,
  SectionReplacement,
} from './anonymise';
export { anonymiseApplication, anonymiseText } from './anonymise';
export { coarsenFacts, countyArea, populationBand } from './facts';
export type { LeakCheckOptions, LeakFinding, LeakReason } from './leak-check';
export { LEAK_ALLOW_LIST, PLACE_SUFFIXES, leakCheck } from './leak-check';
export {
  AMBIGUOUS_MUNICIPALITIES,
  MUNICIPALITIES,
  MUNICIPALITY_ALIASES,
  NO_COMPOUND_MUNICIPALITIES,
} from './municipalities';
export { applicantBaseNames, officialMunicipality } from './name-rules';
export {
  PSEUDONYM_PREFIX,
  assignPseudonyms,
  fnv1a32,
  pseudonymIndex,
  pseudonymLabel,
  pseudonymLetters,
} from './pseudonyms';
export type { Replacement } from './spans';
export type { AnonymiseTerms, TermsInput } from './terms';
export { compileTerms } from './terms';
export type { RedactionKind } from './tokens';
export { COMPOUND_MARK, GENITIVE_MARK, REDACTION_TOKENS, genitive } from './tokens';
