/*
 * Sentence banks for the generated demo applications. '{kommun}' becomes
 * "<Name> kommun" and '{namn}' the bare name, so the texts name the applicant
 * the way real applications do (the anonymiser's realistic test material).
 */
export const SECTION_SENTENCES: readonly { title: string; sentences: readonly string[] }[] = [
  {
    title: 'Ledning',
    sentences: [
      'Kommunfullmäktige i {kommun} har antagit en plan för digital välfärd som följs upp två gånger om året.',
      'Socialnämnden har gett förvaltningen i uppdrag att pröva nya arbetssätt tillsammans med brukarna.',
      'En digitaliseringsstrateg samordnar arbetet och rapporterar direkt till förvaltningschefen.',
      'Vi upphandlar välfärdsteknik tillsammans med två grannkommuner för att få bättre avtal.',
      'Arbetet i {namn} leds av en styrgrupp där fackliga företrädare och brukarföreningar ingår.',
    ],
  },
  {
    title: 'Infrastruktur',
    sentences: [
      'Alla särskilda boenden har nu trådlöst nätverk i lägenheter och gemensamma utrymmen.',
      'Hemtjänstens personal loggar in med e-legitimation i mobilen, vilket har ersatt delade lösenord.',
      'Kommunens e-tjänster granskas mot WCAG 2.1 AA innan de publiceras.',
      'Vi har infört en gemensam plattform för larm och tillsyn som också grannkommunerna använder.',
      'Bredbandsutbyggnaden i {namn}s byar har gjort det möjligt att erbjuda digital tillsyn även på landsbygden.',
    ],
  },
  {
    title: 'Kompetens',
    sentences: [
      'Varje arbetsplats har ett digitalt ombud som får fyra timmar i månaden för att stötta kollegor.',
      'Chefer har gått en utbildning i att leda förändring med digitala verktyg.',
      'Biblioteket i {kommun} erbjuder drop-in för äldre som vill lära sig videosamtal.',
      'Informationssäkerhet ingår i introduktionen för alla nyanställda i vård och omsorg.',
      'Vi har tagit fram instruktionsfilmer på lätt svenska och på teckenspråk.',
    ],
  },
  {
    title: 'Användning',
    sentences: [
      'Digital tillsyn på natten används nu av fler än hundra brukare som själva har valt det.',
      'Läkemedelsrobotar har minskat antalet missade doser och gett fler brukare mer självständighet.',
      'Anhöriga kan följa insatserna i en app om brukaren vill det.',
      'Videosamtal med biståndshandläggare har kortat väntetiden för uppföljningsmöten.',
      'Sensorer för fallrisk prövas på två boenden i {namn}, men har ännu inte införts brett.',
    ],
  },
];
