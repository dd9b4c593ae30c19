import type { z } from 'zod';
import { ApplicationSchema } from '../domain/round';
import type { Application } from '../domain/round';
import { DEMO_APPLICATIONS_04_06 } from './demo-applications-2';
import { DEMO_APPLICATIONS_07_09 } from './demo-applications-3';

/*
 * Demo applications, part 1 of 3, and the assembled list.
 *
 * Every municipality, village, person, web address and organisation number
 * in the demo is invented, so that no real municipality is credited with
 * made-up work. Phone numbers are taken from the ranges that the Swedish
 * telecom regulator (PTS) sets aside for fiction.
 *
 * The texts deliberately name the applicant the way real applications do (in
 * the genitive, in compounds, in web and e-mail addresses, by organisation
 * number, through neighbours, villages and contact persons), because the
 * demo is also the anonymiser's realistic test material.
 */

/** Raw application data as written here, before schema parsing. */
export type DemoApplicationInput = z.input<typeof ApplicationSchema>;

const DEMO_APPLICATIONS_01_03: readonly DemoApplicationInput[] = [
  {
    id: 'app-01',
    applicant: 'Tallmora kommun',
    contacts: [
      {
        name: 'Ingrid Halvarsson',
        email: 'ingrid.halvarsson@tallmora.se',
        phone: '070-174 06 05',
      },
      {
        name: 'Per-Olof Sandberg',
        email: 'per-olof.sandberg@tallmora.se',
        phone: '0980-31 92 10',
      },
    ],
    facts: {
      population: 10_840,
      county: 'Dalarnas län',
      municipalityGroup: 'Landsbygdskommun med besöksnäring',
    },
    sections: [
      {
        title: 'Ledning',
        text: [
          'Digitaliseringen av omsorgen är en av tre prioriterade frågor i Tallmora kommuns mål för mandatperioden.',
          'Kommunfullmäktige antog 2024 en handlingsplan för digital välfärd som följs upp varje kvartal i socialnämnden.',
          'Planen bygger på det vi kallar Tallmoramodellen: varje ny lösning ska börja i en konkret fråga från en brukare eller anhörig, inte i en teknik.',
          'En ledningsgrupp med förvaltningschef, medicinskt ansvarig sjuksköterska och två brukarrepresentanter beslutar vilka idéer som ska prövas.',
          'Digitaliseringsstrateg Ingrid Halvarsson samordnar arbetet och rapporterar direkt till kommundirektören.',
          'Vi är en liten kommun och har därför valt att upphandla tillsammans med grannkommunen Orsmark, vilket har gett oss bättre avtal och delad kunskap i avtalsfrågor.',
        ].join(' '),
      },
      {
        title: 'Infrastruktur',
        text: [
          'Under de senaste två åren har Tallmoras samtliga fyra särskilda boenden fått trådlöst nätverk i alla lägenheter och gemensamma utrymmen.',
          'Hemtjänsten i centralorten och i byarna Östanmyra och Backbodarna arbetar med mobila enheter och säker tvåfaktorsinloggning.',
          'Trygghetslarmen är helt digitala sedan 2023, och larmen tas emot av vår egen nattpatrull i stället för av en extern larmcentral.',
          'Invånarna hittar e-tjänster för ansökan om bistånd, färdtjänst och hemtjänst på www.tallmora.se, och tjänsterna är granskade mot WCAG 2.1 AA.',
          'Tallmora kommun (organisationsnummer 212000-9135) har också avtal om länets gemensamma plattform för digitala vårdmöten, så att boende kan träffa läkare och arbetsterapeut utan att resa.',
        ].join(' '),
      },
      {
        title: 'Kompetens',
        text: [
          'Alla medarbetare inom vård och omsorg har gått Tallmoras digitala grundutbildning, som omfattar sex timmar fördelade på korta pass under arbetstid.',
          'Varje arbetsgrupp har ett digitalt ombud som får en halv dag i månaden för att stötta kollegor och samla frågor.',
          'Vi satsar också på invånarnas kompetens: biblioteket och daglig verksamhet driver tillsammans ett digitalt café varje vecka, där personer med funktionsnedsättning lär ut till andra.',
          'Flera av handledarna på caféet har själva insatser enligt LSS.',
          'Chefer har fått en egen utbildning i informationssäkerhet och i att leda förändring.',
          'Frågor om utbildningarna besvaras av Per-Olof Sandberg, per-olof.sandberg@tallmora.se.',
        ].join(' '),
      },
      {
        title: 'Användning',
        text: [
          'Den största förändringen under året är Tallmora-appen, som vi har tagit fram tillsammans med brukarrådet och den lokala funktionsrättsföreningen.',
          'Appen låter personer med hemtjänst eller LSS-insatser själva se och boka om besökstider, skicka meddelanden till sin personal och välja mellan bild, text och uppläst tal.',
          'I dag använder 340 invånare appen, drygt hälften av alla med insatser.',
          'Inom LSS har bildstöd på surfplatta gjort att elva personer nu planerar sin egen vecka utan att personal behöver vara med.',
          'Nattillsyn via kamera erbjuds alla som vill, och 60 personer har valt det.',
          'Uppföljningen visar färre störda nätter och att personalen får mer tid för dem som behöver besök.',
          'Flera kommuner har besökt oss under året för att lära av Tallmoras arbete.',
        ].join(' '),
      },
    ],
  },
  {
    id: 'app-02',
    applicant: 'Sjöbacka kommun',
    contacts: [
      {
        name: 'Fredrik Almén',
        email: 'fredrik.almen@sjobacka.se',
        phone: '+46 31 390 06 12',
      },
      {
        name: 'Sara Nyberg',
        email: 'sara.nyberg@sjobacka.se',
        phone: '031-390 06 47',
      },
    ],
    facts: {
      population: 152_300,
      county: 'Västra Götalands län',
      municipalityGroup: 'Större stad',
    },
    sections: [
      {
        title: 'Ledning',
        text: [
          'Sjöbacka kommuns strategi för digitalisering i välfärden antogs av kommunstyrelsen 2022 och reviderades i år efter en bred dialog med brukarorganisationerna.',
          'Strategin följs upp med nyckeltal i kommunens ledningssystem och redovisas två gånger per år för socialnämnden och äldrenämnden.',
          'Välfärdsförvaltningarna har en gemensam digitaliseringsenhet med tolv medarbetare, bland dem verksamhetsutvecklare, en informationssäkerhetssamordnare och en upphandlare med särskild kunskap om välfärdsteknik.',
          'Enheten leds av digitaliseringschef Fredrik Almén.',
          'Alla större investeringar prövas mot Sjöbackamodellen för nyttorealisering, där effekter för invånare, medarbetare och ekonomi beskrivs före beslut och följs upp efter ett år.',
          'Trygghetslarm och läkemedelsautomater upphandlas tillsammans med Kvarnlida och två andra kommuner i regionen.',
        ].join(' '),
      },
      {
        title: 'Infrastruktur',
        text: [
          'Samtliga 31 särskilda boenden och 46 gruppbostäder i Sjöbacka har trådlöst nätverk med full täckning, och ett gemensamt driftcenter övervakar nätet dygnet runt.',
          'Medarbetarna loggar in med e-tjänstekort eller mobilt bank-id, och verksamhetssystemet nås säkert från hemtjänstens mobila enheter.',
          'Under året har alla välfärdstekniska larm flyttats till Sjöbackaplattformen, en integrationsplattform där larm, dörrlås och kameror hanteras i ett och samma gränssnitt.',
          'Invånarna kan söka insatser, följa sitt ärende och läsa sin genomförandeplan i Sjöbacka-portalen på www.sjobacka.se/omsorg.',
          'Portalen har granskats av en extern part mot WCAG 2.1 AA, och bristerna åtgärdades före lanseringen.',
          'Sjöbacka kommun, org.nr 212000-9275, är också ansluten till den nationella tjänsten för säkra digitala meddelanden.',
        ].join(' '),
      },
      {
        title: 'Kompetens',
        text: [
          'Sjöbacka har en utbildningstrappa i tre steg för all personal inom vård, omsorg och socialtjänst: grundläggande digital kompetens, informationssäkerhet och välfärdsteknik i praktiken.',
          'Hittills har drygt 4 800 av cirka 6 000 medarbetare gått det första steget.',
          'Varje enhet har digitala ombud, och i år samlades 280 ombud till en gemensam inspirationsdag i stadsdelen Ryttarbacken.',
          'Cheferna har ett eget ledarprogram om att leda förändring med stöd av digitala verktyg.',
          'För invånare erbjuder biblioteken och seniorernas träffpunkter handledning i surfplatta, videosamtal och e-tjänster.',
          'Den som vill veta mer om utbildningstrappan kan kontakta Sara Nyberg på sara.nyberg@sjobacka.se.',
          'En svaghet som vi arbetar med är att timanställda ännu inte nås av utbildningen i samma utsträckning.',
        ].join(' '),
      },
      {
        title: 'Användning',
        text: [
          'Välfärdstekniken i Sjöbacka används i dag brett.',
          'Drygt 1 900 invånare har digitalt trygghetslarm, 410 personer har nattillsyn via kamera och 260 får sina läkemedel från en läkemedelsautomat i hemmet.',
          'Hemtjänsten använder videobesök för påminnelser och samtal, och under året genomfördes över 38 000 sådana besök.',
          'Uppföljningen visar att hemtjänsten har sparat motsvarande 22 heltidstjänster i körtid, tid som i stället går till besök som kräver närvaro.',
          'Inom LSS har 120 brukare fått digitala planeringsverktyg.',
          'Brukarna har varit delaktiga genom enkäter och fokusgrupper, men vi ser att deras inflytande över vilka lösningar som väljs kan bli större.',
          'Därför startar vi nästa år en brukarpanel för Sjöbackas välfärdsteknik.',
        ].join(' '),
      },
    ],
  },
  {
    id: 'app-03',
    applicant: 'Norrlinge kommun',
    contacts: [
      {
        name: 'Jonna Lindström',
        email: 'jonna.lindstrom@norrlinge.se',
        phone: '08-465 004 20',
      },
      {
        name: 'Mattias Öberg',
        email: 'mattias.oberg@norrlinge.se',
        phone: '+46 8 465 004 31',
      },
    ],
    facts: {
      population: 47_600,
      county: 'Stockholms län',
      municipalityGroup: 'Pendlingskommun nära storstad',
    },
    sections: [
      {
        title: 'Ledning',
        text: [
          'Norrlinge kommun växer, och andelen invånare över 80 år väntas öka med 40 procent på tio år.',
          'Det har gjort digitaliseringen till en ekonomisk nödvändighet, och i Norrlinges budget för året finns för första gången en särskild pott för välfärdsteknik.',
          'Socialförvaltningen har tagit fram en digitaliseringsplan som nämnden ska besluta om i höst.',
          'Planen bygger på erfarenheterna från Norrlinge-labbet, en försöksverksamhet där medarbetare kan pröva nya lösningar i liten skala.',
          'Labbet leds av utvecklingsledare Jonna Lindström.',
          'Ansvaret för digitaliseringen är i dag delat mellan it-avdelningen och förvaltningen, och det gör det ibland svårt att gå från försök till beslut.',
          'Upphandlingar görs oftast av den upphandlingsenhet som vi delar med Ängsholms kommun.',
        ].join(' '),
      },
      {
        title: 'Infrastruktur',
        text: [
          'Norrlinge har en modern it-miljö med molnbaserade kontorsverktyg och ett verksamhetssystem som byttes ut för två år sedan.',
          'Trådlöst nätverk finns i de gemensamma utrymmena på alla fem särskilda boenden, men bara på ett av dem i själva lägenheterna.',
          'Utbyggnaden av resten är planerad till nästa år.',
          'Hemtjänstgrupperna i Bromsta och i centrum arbetar med mobiltelefoner och digital nyckelhantering.',
          'Invånarna kan ansöka om hemtjänst och färdtjänst med e-tjänst på www.norrlinge.se, men de flesta ansökningar kommer fortfarande in per telefon.',
          'En tillgänglighetsgranskning av e-tjänsterna är beställd men inte genomförd.',
          'Frågor om infrastrukturen kan ställas till it-strateg Mattias Öberg, mattias.oberg@norrlinge.se.',
        ].join(' '),
      },
      {
        title: 'Kompetens',
        text: [
          'Kompetensutvecklingen sker främst i Norrlinge-labbet, där ett trettiotal medarbetare från olika verksamheter har deltagit i försöken och fått fördjupad kunskap om välfärdsteknik.',
          'Under året erbjöds också en webbutbildning i informationssäkerhet, som 62 procent av personalen i äldreomsorgen har genomfört.',
          'Någon samlad plan för digital kompetens i hela förvaltningen finns ännu inte, och erfarenheten visar att kunskapen ofta stannar hos dem som varit med i ett försök.',
          'Till hösten inför vi därför digitala ombud i hemtjänsten enligt Norrlingemodellen, där ombuden får avsatt tid och ett eget nätverk.',
          'För invånarna har vi ordnat två kurskvällar om videosamtal tillsammans med pensionärsföreningarna.',
        ].join(' '),
      },
      {
        title: 'Användning',
        text: [
          'Under året har fyra försök genomförts i labbet: nattillsyn via kamera för tolv brukare, läkemedelsautomat för åtta brukare, robotdammsugare i hemtjänsten och digitala aktiviteter på ett boende.',
          'Nattillsynen föll väl ut, och både brukare och anhöriga var nöjda.',
          'Läkemedelsautomaterna gav färre missade doser men krävde mer stöd än väntat.',
          'Robotdammsugarna avslutades eftersom de inte fungerade i många hem.',
          'Resultaten ska nu ligga till grund för beslut om breddinförande.',
          'Vi har frågat brukarna i försöken om deras upplevelser, men ingen brukare var med när försöken valdes ut.',
          'Norrlinge kommun, organisationsnummer 212000-9358, räknar med att kunna erbjuda nattillsyn via kamera till alla med behov under nästa år.',
        ].join(' '),
      },
    ],
  },
];

/**
 * The nine fictional applications of the demo round, `app-01` … `app-09`,
 * parsed through the schema so that they carry branded ids.
 */
export function demoApplications(): Application[] {
  return [...DEMO_APPLICATIONS_01_03, ...DEMO_APPLICATIONS_04_06, ...DEMO_APPLICATIONS_07_09].map(
    (a) => ApplicationSchema.parse(a),
  );
}
