import type { DemoApplicationInput } from './demo-applications';

/*
 * Demo applications, part 3 of 3: a rural municipality that took a big step
 * from a weak start, a very small inland municipality that does a lot with
 * little, and a large city with a polished text that says little about the
 * people it serves. All names, addresses and numbers are invented (see
 * demo-applications.ts).
 */

export const DEMO_APPLICATIONS_07_09: readonly DemoApplicationInput[] = [
  {
    id: 'app-07',
    applicant: 'Ljungåsa kommun',
    contacts: [
      {
        name: 'Oskar Jönsson',
        email: 'oskar.jonsson@ljungasa.se',
        phone: '+46 40 628 04 52',
      },
      {
        name: 'Britt-Marie Holm',
        email: 'britt-marie.holm@ljungasa.se',
        phone: '040-628 04 61',
      },
    ],
    facts: {
      population: 8_900,
      county: 'Kronobergs län',
      municipalityGroup: 'Landsbygdskommun',
    },
    sections: [
      {
        title: 'Ledning',
        text: [
          'För två år sedan låg Ljungåsa kommun långt efter i digitaliseringen av omsorgen.',
          'En självskattning visade att vi saknade trådlöst nätverk på boendena, hade få digitala insatser och ingen plan för hur det skulle förändras.',
          'Kommunstyrelsen beslutade därför hösten 2024 om Ljungåsalyftet, en treårig satsning med egen budget och en heltidsanställd projektledare, Oskar Jönsson.',
          'Satsningen följs upp vid varje sammanträde i socialnämnden och har stöd över partigränserna.',
          'Vi har också anställt en upphandlare på deltid tillsammans med Mossebo kommun, så att vi kan ställa bättre krav på leverantörer av välfärdsteknik.',
          'Arbetet är i ett tidigt skede, men styrningen är tydligare nu än någon gång tidigare.',
        ].join(' '),
      },
      {
        title: 'Infrastruktur',
        text: [
          'Det största steget under året är att Ljungåsas tre särskilda boenden och två gruppbostäder har fått trådlöst nätverk i alla lägenheter.',
          'Tidigare fanns nätverk bara på kontoren.',
          'Utbyggnaden gjordes av kommunens egen it-avdelning på åtta månader.',
          'Samtidigt har hemtjänsten gått över från pappersscheman till mobila enheter med digital planering, och i Ekefors och de andra ytterbyarna används nu digitala lås.',
          'Trygghetslarmen byttes till digitala i våras.',
          'Nästa steg är e-tjänster: i dag finns bara information på www.ljungasa.se, men en e-tjänst för ansökan om hemtjänst lanseras i höst.',
          'Ljungåsa kommun, organisationsnummer 212000-9713, deltar också i länets samarbete om en gemensam plattform för videomöten.',
        ].join(' '),
      },
      {
        title: 'Kompetens',
        text: [
          'När tekniken kom på plats visade det sig att många medarbetare behövde stöd för att känna sig trygga med den.',
          'Vi har därför infört digitala ombud på varje enhet, som under året har fått tre utbildningsdagar och en egen chattgrupp.',
          'Alla medarbetare i hemtjänsten har fått praktisk utbildning i den mobila planeringen, och samtliga chefer har gått en kortare utbildning i informationssäkerhet.',
          'Något strukturerat stöd till invånare har vi ännu inte kunnat erbjuda, men vi planerar träffar på biblioteket tillsammans med pensionärsföreningarna.',
          'Utbildningsinsatserna samordnas av Britt-Marie Holm, som nås på britt-marie.holm@ljungasa.se.',
          'Vi ser att kompetensen fortfarande varierar mycket mellan enheterna.',
        ].join(' '),
      },
      {
        title: 'Användning',
        text: [
          'Eftersom infrastrukturen kom på plats först under året är användningen fortfarande i ett tidigt skede.',
          'På boendena används surfplattor för videosamtal med anhöriga och för aktiviteter som musik och frågesport, och det är de boende och personalen som har valt aktiviteterna.',
          'I hemtjänsten har den digitala planeringen kortat tiden för att lägga scheman och gett färre missade besök.',
          'Ett försök med nattillsyn via kamera har startat för sex brukare.',
          'Läkemedelsautomater och digitala besök finns med i planen för nästa år.',
          'Vi vet att vi har en bit kvar till många andra kommuner, men vi är stolta över hur långt Ljungåsa har kommit på kort tid och med små resurser.',
        ].join(' '),
      },
    ],
  },
  {
    id: 'app-08',
    applicant: 'Björkmyra kommun',
    contacts: [
      {
        name: 'Anna-Karin Nilsson',
        email: 'anna-karin.nilsson@bjorkmyra.se',
        phone: '0980-319 277',
      },
    ],
    facts: {
      population: 2_650,
      county: 'Västerbottens län',
      municipalityGroup: 'Landsbygdskommun',
    },
    sections: [
      {
        title: 'Ledning',
        text: [
          'Björkmyra är en av landets minsta kommuner, med knappt 2 700 invånare på en yta större än många län.',
          'Avstånden gör att vi inte kan organisera omsorgen som i en stad, och digitaliseringen har därför varit en överlevnadsfråga för oss.',
          'Kommunfullmäktige antog 2023 en plan för digital välfärd med tre mål: ingen ska behöva resa för ett samtal som kan ske på distans, alla som vill ska få stöd att använda tekniken, och medarbetarna ska slippa onödiga resor.',
          'Arbetet leds av socialchef Anna-Karin Nilsson, som också ansvarar för samarbetet med Renvikens kommun.',
          'Eftersom vi är så få delar vi digitaliseringsstrateg, upphandlare och dataskyddsombud med Renviken och två andra inlandskommuner.',
        ].join(' '),
      },
      {
        title: 'Infrastruktur',
        text: [
          'Björkmyras kommunala bredbandsnät når i dag 96 procent av hushållen, efter en utbyggnad som tog tio år.',
          'I de sex byarna utanför centralorten har vi inrett Björkmyrarummet, ett litet rum i bygdegården eller skolan med skärm, kamera och god ljudmiljö, där invånare kan ha videomöten med biståndshandläggare, distriktssköterska eller kurator.',
          'Rummen bokas på www.bjorkmyra.se eller per telefon.',
          'Hemtjänsten arbetar med mobila enheter, och vårt enda särskilda boende har trådlöst nätverk i alla lägenheter.',
          'Larmen tas emot av en larmcentral som vi driver gemensamt med grannkommunerna.',
          'Egna e-tjänster har vi inte ännu, utan vi använder dem som finns via samarbetet.',
          'Björkmyra kommun har organisationsnummer 212000-9846.',
        ].join(' '),
      },
      {
        title: 'Kompetens',
        text: [
          'I en liten organisation känner alla varandra, och det har vi tagit tillvara.',
          'Varje medarbetare i omsorgen har en digital fadder bland kollegorna, och nya medarbetare går bredvid sin fadder de första veckorna.',
          'Utbildning i informationssäkerhet ges gemensamt med grannkommunerna.',
          'För invånarna har vi utbildat elva byvärdar, ofta pensionärer som själva är vana vid tekniken, som hjälper grannar att koppla upp sig och att använda Björkmyrarummet.',
          'Byvärdarna får en mindre ersättning och träffas fyra gånger per år.',
          'En av dem, Gösta Lundmark i Kallbäcken, har hjälpt över fyrtio grannar att komma igång med videosamtal.',
          'Vi vill gärna göra mer men har små resurser för utbildning; idéer tas tacksamt emot på anna-karin.nilsson@bjorkmyra.se.',
        ].join(' '),
      },
      {
        title: 'Användning',
        text: [
          'Under året genomfördes 1 150 videomöten i Björkmyrarummen och i hemmen, de flesta uppföljningar med sjuksköterska och samtal med biståndshandläggare.',
          'Varje möte på distans sparar i genomsnitt två timmars resa för antingen invånaren eller personalen.',
          'Digital nattillsyn används av 19 brukare, nästan alla som har nattillsyn.',
          'Invånarna har varit med från början: byarnas föreningar valde var rummen skulle ligga och hur bokningen skulle fungera.',
          'Personer med funktionsnedsättning i daglig verksamhet har testat rummen och föreslagit bättre skyltning och ljud.',
          'Andra inlandskommuner har börjat ta efter Björkmyramodellen, och vi delar gärna med oss av våra erfarenheter.',
        ].join(' '),
      },
    ],
  },
  {
    id: 'app-09',
    applicant: 'Västerbyn kommun',
    contacts: [
      {
        name: 'Magnus Hedlund',
        email: 'magnus.hedlund@vasterbyn.se',
        phone: '+46 8 465 004 75',
      },
      {
        name: 'Linnea Sjöqvist',
        email: 'linnea.sjoqvist@vasterbyn.se',
        phone: '070-174 06 91',
      },
    ],
    facts: {
      population: 98_700,
      county: 'Östergötlands län',
      municipalityGroup: 'Större stad',
    },
    sections: [
      {
        title: 'Ledning',
        text: [
          'Västerbyn kommun har ambitionen att vara ledande i den digitala transformationen av välfärden.',
          'Kommunens digitala agenda, Västerbyns digitala färdplan 2030, omfattar samtliga förvaltningar och vilar på principerna digitalt först, datadriven styrning och innovation i samverkan.',
          'Under året har en digitaliseringsnämnd inrättats, och en chief digital officer har anställts för att driva förändringsresan.',
          'Inom vård och omsorg finns ett innovationsråd som tar fram prioriterade initiativ och säkerställer att de ligger i linje med färdplanen.',
          'Ansvarig för välfärdsområdet är digitaliseringsdirektör Magnus Hedlund.',
          'Vi har strategiska partnerskap med två leverantörer och med universitetet, samt en gemensam innovationsarena med grannkommunen Kronsvik.',
        ].join(' '),
      },
      {
        title: 'Infrastruktur',
        text: [
          'Västerbyn har en robust och skalbar teknisk plattform.',
          'Alla verksamhetssystem inom vård och omsorg ligger i en gemensam molnmiljö med säker federerad inloggning, och en integrationsplattform gör det möjligt att snabbt koppla in nya lösningar.',
          'Samtliga 24 särskilda boenden har trådlöst nätverk med full täckning, och under året har ett sensornätverk för fastighetsdata installerats på fyra av dem.',
          'Invånarna har tillgång till 40 e-tjänster inom socialtjänsten i Västerbynportalen på www.vasterbyn.se.',
          'Tillgängligheten följs upp med automatiska verktyg.',
          'Västerbyn kommun, organisationsnummer 212000-9903, deltar i flera nationella samarbeten om informationsutbyte och standarder och har en tydlig målarkitektur för de kommande fem åren.',
        ].join(' '),
      },
      {
        title: 'Kompetens',
        text: [
          'Kompetensförsörjningen är en kritisk framgångsfaktor i vår digitala transformation.',
          'Under året har vi lanserat en digital lärplattform med ett brett utbud av kurser i digitalisering, innovation och informationssäkerhet, öppen för alla medarbetare.',
          'Plattformen har haft över 12 000 inloggningar.',
          'Chefer inom välfärden har genomgått ett ledarprogram i innovationsledning tillsammans med universitetet.',
          'Vi har också ett nätverk av innovationsambassadörer som sprider kunskap och fångar upp idéer från verksamheten.',
          'Hur stor del av personalen i hemtjänsten och på boendena som har genomfört kurserna följs inte upp separat.',
          'Frågor om kompetensarbetet besvaras av Linnea Sjöqvist, linnea.sjoqvist@vasterbyn.se.',
        ].join(' '),
      },
      {
        title: 'Användning',
        text: [
          'Under året har tolv innovationsinitiativ genomförts inom vård och omsorg, bland annat sensorer för fallupptäckt, AI-baserad schemaläggning, robotar för social stimulans och en chattbot för frågor om äldreomsorgen.',
          'Flera av initiativen har uppmärksammats i branschmedia.',
          'Digitala trygghetslarm är fullt införda, och omkring 150 brukare har nattillsyn via kamera.',
          'Den AI-baserade schemaläggningen väntas ge betydande effektiviseringar när den är breddinförd.',
          'Initiativen utvärderas, och resultaten kommer att redovisas i innovationsrådet.',
          'Västerbyns invånare kan lämna synpunkter på e-tjänsterna i portalen.',
          'Vi är övertygade om att Västerbynmodellen för innovation i välfärden kan inspirera andra kommuner.',
        ].join(' '),
      },
    ],
  },
];
