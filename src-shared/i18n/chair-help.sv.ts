/**
 * Swedish strings of the chair's help panel: the exact formula of every
 * figure (keys 'chair.help.*' and 'chair.formula.<FORMULAS key>.*').
 * Merged into the main catalogue in sv.ts, beside chair.sv.ts.
 */
export const chairHelpSv = {
  'chair.help.title': 'Så räknas siffrorna',
  'chair.help.intro':
    'Formlerna nedan är exakt de som tabellen, kontrollerna och resultatfilen använder. T(j,a) är jurymedlem j:s viktade total för ansökan a.',
  'chair.formula.weightedTotal.name': 'Viktad total',
  'chair.formula.weightedTotal.formula':
    'T(j,a) = Σ w_c·s_c / Σ w_c, över kriterier c som jurymedlem j gett en siffra',
  'chair.formula.weightedTotal.text':
    '”Ej bedömbar” och tomma kriterier räknas inte i någon av summorna, så totalen stannar på skalan. Ingen total vid jäv, eller om inget kriterium med vikt har poäng.',
  'chair.formula.mean.name': 'Medel',
  'chair.formula.mean.formula': 'medel = Σ T / n, över jurymedlemmar som har en total',
  'chair.formula.mean.text':
    'En jurymedlem med jäv eller utan poäng minskar n i stället för att räknas som noll.',
  'chair.formula.median.name': 'Median',
  'chair.formula.median.formula':
    'median = mittvärdet i sorterad ordning; medel av de två mittersta när n är jämnt',
  'chair.formula.median.text': 'Påverkas inte av en enda avvikande jurymedlem.',
  'chair.formula.trimmedMean.name': 'Trimmat medel',
  'chair.formula.trimmedMean.formula':
    'k = 0 om n < 5, annars max(1, golv(n/10)); medel efter att de k lägsta och k högsta tagits bort',
  'chair.formula.trimmedMean.text':
    'Från fem jurymedlemmar tas minst den högsta och lägsta totalen bort; under fem är det samma som medel.',
  'chair.formula.sd.name': 'Standardavvikelse',
  'chair.formula.sd.formula': 'sd = √(Σ (T − medel)² / (n − 1)); 0 när n < 2',
  'chair.formula.sd.text': 'Stickprovets standardavvikelse. Läs den tillsammans med n.',
  'chair.formula.range.name': 'Spann',
  'chair.formula.range.formula': 'spann = högsta T − lägsta T',
  'chair.formula.range.text': 'Skillnaden mellan den mest och den minst positiva jurymedlemmen.',
  'chair.formula.disagreement.name': 'Oenighet',
  'chair.formula.disagreement.formula':
    'flagga när n ≥ 2 och spann ≥ skalbredd / 2; skalbredd = Σ w_c·(max_c − min_c) / Σ w_c',
  'chair.formula.disagreement.text':
    'På skalan 1–5 betyder det ett spann på 2 eller mer. För ett enskilt kriterium är skalbredden kriteriets max − min.',
  'chair.formula.rankingShared.name': 'Rang med delad placering',
  'chair.formula.rankingShared.formula': 'rang = 1 + antalet ansökningar med strikt högre värde',
  'chair.formula.rankingShared.text':
    'Lika värden delar rang (1, 2, 2, 4). Värden jämförs avrundade till 1e-9.',
  'chair.formula.rankingChain.name': 'Rang med standardkedjan',
  'chair.formula.rankingChain.formula':
    'sortera på värdet, fallande; sedan varje skiljeregel i tur och ordning: median fallande, kriteriernas medel fallande, ansökans id stigande',
  'chair.formula.rankingChain.text':
    'Varje regel avgör bara mellan ansökningar som fortfarande är lika. Varningen säger vilken regel som avgjorde; det som är lika efter sista regeln delar rang.',
  'chair.formula.rankingTopBorda.name': 'Rang med median, toppbetyg och Borda',
  'chair.formula.rankingTopBorda.formula':
    'sortera på medel, fallande; vid lika: median fallande, sedan toppbetyg fallande, sedan Borda-poäng fallande',
  'chair.formula.rankingTopBorda.text':
    'Varje regel avgör bara mellan ansökningar som fortfarande är lika. Det som är lika även efter Borda delar placering.',
  'chair.formula.topScores.name': 'Toppbetyg',
  'chair.formula.topScores.formula':
    'topp(a) = medel över jurymedlemmar j med en total av antalet kriterier c med w_c > 0 där s_c = skalans högsta värde',
  'chair.formula.topScores.text':
    'Räknas per jurymedlem som har en total, så ett jäv drar inte ner värdet. Borda-poängen är densamma som i kontrollerna.',
  'chair.formula.chairVote.name': 'Ordförandens röst',
  'chair.formula.chairVote.formula':
    'lika medel: ordningen i ordförandens protokollförda röst om exakt de lika ansökningarna; utan röst delad placering',
  'chair.formula.chairVote.text':
    'En röst gäller bara den grupp av lika ansökningar den avgavs om. Den förs in bland besluten och står i resultatets metod.',
  'chair.formula.zScore.name': 'Z-normaliserad vy',
  'chair.formula.zScore.formula':
    'z(j,a) = (T(j,a) − μ_j) / σ_j; σ_j = √(Σ (T − μ_j)² / n_j); z-medel(a) = medel över j av z(j,a)',
  'chair.formula.zScore.text':
    'En separat vy. Har en jurymedlem färre än två totaler eller σ_j = 0 används jurymedlemmens råa totaler, och det står i vyn.',
  'chair.formula.borda.name': 'Borda',
  'chair.formula.borda.formula':
    's = (m − p̄) / (m − 1) per rangordning; poäng(a) = medel av s över de rangordningar där a finns med',
  'chair.formula.borda.text':
    'Bygger på varje jurymedlems egen rangordning efter totalerna. m = antal ansökningar i rangordningen, p̄ = genomsnittlig placering för a:s grupp av lika.',
  'chair.formula.schulze.name': 'Schulze',
  'chair.formula.schulze.formula':
    'd[a][b] = antal rangordningar med a före b; p = starkaste vägar över länkar där d[a][b] > d[b][a]; a slår b om p[a][b] > p[b][a]',
  'chair.formula.schulze.text':
    'Schulzemetoden (vinnande röster). Placeringar bildas genom att gång på gång ta alla som ingen annan kvarvarande slår; de delar placeringen.',
  'chair.formula.stability.name': 'Stabilitet',
  'chair.formula.stability.formula':
    'för varje jurymedlem j: rangordna utan j; behåller = antal körningar med samma rang; i topp N = antal körningar med rang ≤ N',
  'chair.formula.stability.text':
    'Visar om en rang eller en finalplats hänger på en enda jurymedlem.',
  'chair.formula.krippendorffAlpha.name': 'Krippendorffs alfa (intervall)',
  'chair.formula.krippendorffAlpha.formula':
    'α = 1 − D_o / D_e; D_o = (1/n) Σ_u Σ_{i≠j∈u} δ / (m_u − 1); D_e = Σ_{i≠j} δ / (n(n − 1)); δ = (a − b)²',
  'chair.formula.krippendorffAlpha.text':
    'Samstämmighet som tål saknade värden. Ansökningar med färre än två värden tas bort. Per kriterium på poängen, totalt på de viktade totalerna.',
  'chair.formula.alphaLevels.name': 'Tolkning av alfa',
  'chair.formula.alphaLevels.formula': 'α ≥ 0,800: god; 0,667 ≤ α < 0,800: måttlig; α < 0,667: låg',
  'chair.formula.alphaLevels.text': 'Krippendorffs vedertagna gränser.',
};
