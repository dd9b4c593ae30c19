import { nameKey } from './text-scan';

/*
 * Places that are not on the municipality list (invented ones in the demo,
 * or names the list spells differently) still give themselves away through
 * their context: 'Ängsholms kommun', 'grannkommunen Orsmark'. Found names
 * are then replaced everywhere in the application, like other applicants.
 */

const BEFORE_KOMMUN =
  /(?<![\p{L}\p{N}])(\p{Lu}\p{L}+(?:-\p{Lu}\p{L}+)?)[ \u00a0]+kommun(s|er|erna)?(?![\p{L}\p{N}])/gu;
// The cue may end a compound ('Tallmoragrannkommunen'): once the first part
// is replaced, the cue stands alone, and a second run must find nothing new.
const AFTER_NEIGHBOUR =
  /[Gg]rannkommun(?:en|erna)?[ \u00a0]+(\p{Lu}\p{L}+(?:-\p{Lu}\p{L}+)?)(?![\p{L}\p{N}])/gu;

/** Capitalised words that stand before 'kommun' without being a name. */
const NOT_NAMES = new Set([
  'Alla',
  'Andra',
  'Angränsande',
  'Annan',
  'Berörd',
  'Berörda',
  'Båda',
  'Deltagande',
  'Den',
  'Denna',
  'Deras',
  'Dessa',
  'Det',
  'Detta',
  'Din',
  'Egen',
  'Egna',
  'Enligt',
  'Enskild',
  'Enstaka',
  'Era',
  'Ett',
  'Fem',
  'Fler',
  'Flera',
  'Fyra',
  'För',
  'Från',
  'Hans',
  'Hela',
  'Hennes',
  'Hos',
  'Ingen',
  'Inom',
  'Liten',
  'Lilla',
  'Många',
  'Med',
  'Medverkande',
  'Mellan',
  'Min',
  'Mina',
  'Mindre',
  'Mot',
  'Några',
  'Någon',
  'Närliggande',
  'Nio',
  'Nordiska',
  'Nya',
  'Olika',
  'Per',
  'Region',
  'Samma',
  'Samtliga',
  'Sex',
  'Sin',
  'Som',
  'Stor',
  'Stora',
  'Större',
  'Sverige',
  'Sveriges',
  'Sju',
  'Sökande',
  'Tio',
  'Till',
  'Tre',
  'Två',
  'Utan',
  'Varenda',
  'Varje',
  'Vilka',
  'Vilken',
  'Vår',
  'Våra',
  'Åtta',
  'Övriga',
]);

/**
 * Place names found by context, in the forms to match: a name before
 * 'kommun' that ends in s may be a genitive ('Renvikens kommun'), so both
 * 'Renvikens' and 'Renviken' are returned. Names for which `isKnown` is true
 * are left out.
 */
export function discoverPlaceNames(text: string, isKnown: (key: string) => boolean): string[] {
  const found = new Set<string>();
  const add = (word: string): void => {
    if (NOT_NAMES.has(word) || [...word].length < 3) return;
    const forms = /[^s]s$/u.test(word) ? [word, word.slice(0, -1)] : [word];
    if (forms.some((f) => isKnown(nameKey(f)))) return;
    for (const f of forms) found.add(f);
  };
  for (const m of text.matchAll(BEFORE_KOMMUN)) {
    const word = m[1] ?? '';
    // Before the plural, a name is a genitive ('Ale och Kungälvs kommuner');
    // anything else is a quantifier ('Flera kommuner', 'Tio kommuner').
    const plural = (m[2] ?? '').startsWith('er');
    if (!plural || /[^s]s$/u.test(word)) add(word);
  }
  for (const m of text.matchAll(AFTER_NEIGHBOUR)) add(m[1] ?? '');
  return [...found];
}
