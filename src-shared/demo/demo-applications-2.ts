import type { DemoApplicationInput } from './demo-applications';

/*
 * Demo applications, part 2 of 3: a thin application from a small northern
 * municipality, a solid mid-sized one and a commuter municipality whose
 * strength is one deep change in the night-time home care.
 * All names, addresses and numbers are invented (see demo-applications.ts).
 */

export const DEMO_APPLICATIONS_04_06: readonly DemoApplicationInput[] = [
  {
    id: 'app-04',
    applicant: 'Ekstrand kommun',
    contacts: [
      {
        name: 'Bengt Mattsson',
        email: 'bengt.mattsson@ekstrand.se',
        phone: '0980-319 233',
      },
    ],
    facts: {
      population: 6_150,
      county: 'Norrbottens län',
      municipalityGroup: 'Landsbygdskommun',
    },
    sections: [
      {
        title: 'Ledning',
        text: [
          'Ekstrand kommun ser digitaliseringen som en viktig fråga för framtiden.',
          'Vi har långa avstånd och en åldrande befolkning, och vi vet att det behövs nya arbetssätt för att klara välfärden.',
          'I den kommunövergripande visionen Ekstrand 2035 nämns digitalisering som ett av flera utvecklingsområden.',
          'Någon särskild handlingsplan för vård och omsorg finns ännu inte, men socialnämnden har gett förvaltningen i uppdrag att ta fram en under nästa år.',
          'Arbetet leds av socialchef Bengt Mattsson tillsammans med kommunens it-samordnare.',
          'Resurserna är begränsade och vi har ingen egen upphandlare, utan köper in via avtal som grannkommunen Tjärnby har tecknat.',
          'Vi hoppas att deltagandet i utmärkelsen ska ge inspiration och kontakter med andra kommuner.',
        ].join(' '),
      },
      {
        title: 'Infrastruktur',
        text: [
          'Ekstrandsnätet, det kommunala fibernätet, når i dag centralorten och de flesta byar längs älven.',
          'I byarna Rönnliden och Storviken saknas fortfarande fiber, och mobiltäckningen är på sina håll svag.',
          'Därför fungerar digitala trygghetslarm inte överallt, och hemtjänsten har kvar några analoga larm.',
          'Kommunens enda särskilda boende har trådlöst nätverk i personalrummet och i matsalen.',
          'Personalen dokumenterar på stationära datorer på kontoret, eftersom verksamhetssystemet inte är anpassat för mobila enheter.',
          'På www.ekstrand.se finns information om äldreomsorgen och en blankett för ansökan om hemtjänst som kan skrivas ut.',
          'En e-tjänst är planerad men inte påbörjad.',
          'Ekstrand kommun har organisationsnummer 212000-9481.',
        ].join(' '),
      },
      {
        title: 'Kompetens',
        text: [
          'Medarbetarna i Ekstrands äldreomsorg har lång erfarenhet och känner brukarna väl, men många känner sig osäkra på digitala verktyg.',
          'Under året har två undersköterskor gått en regional utbildning om välfärdsteknik och sedan berättat om den på en arbetsplatsträff.',
          'Introduktionen för nyanställda innehåller en genomgång av verksamhetssystemet.',
          'Någon samlad utbildning i informationssäkerhet har inte genomförts, men den finns med i planeringen inför nästa år.',
          'Kommunen saknar i dag resurser för att utbilda invånare, men biblioteket hjälper ibland äldre med frågor om mobiltelefoner och bank-id.',
          'Vi tror att kompetens är nyckeln till att lyckas och vill bli bättre på det området framöver.',
        ].join(' '),
      },
      {
        title: 'Användning',
        text: [
          'Det digitala som används mest i äldreomsorgen i dag är trygghetslarmen, som omkring 180 invånare har.',
          'Under året har vi också köpt in tre surfplattor till det särskilda boendet, och de används till videosamtal med anhöriga och till underhållning.',
          'Personalen upplever att det har varit uppskattat, särskilt av de boende vars familjer bor långt bort.',
          'Vi har diskuterat nattillsyn via kamera och läkemedelsautomater, men inga beslut är fattade.',
          'En del anhöriga oroar sig för övervakning, och det vill vi ta på allvar.',
          'Frågor om ansökan besvaras av Bengt Mattsson, bengt.mattsson@ekstrand.se eller 0980-319 233.',
          'Vi ser fram emot juryns synpunkter.',
        ].join(' '),
      },
    ],
  },
  {
    id: 'app-05',
    applicant: 'Granlunda kommun',
    contacts: [
      {
        name: 'Helena Kvist',
        email: 'helena.kvist@granlunda.se',
        phone: '040-628 04 18',
      },
      {
        name: 'Ahmed Rahimi',
        email: 'ahmed.rahimi@granlunda.se',
        phone: '+46 70 174 06 23',
      },
    ],
    facts: {
      population: 33_400,
      county: 'Jönköpings län',
      municipalityGroup: 'Mindre stad/tätort',
    },
    sections: [
      {
        title: 'Ledning',
        text: [
          'I Granlunda kommun är välfärdstekniken en del av den ordinarie styrningen sedan 2021.',
          'Vård- och omsorgsnämndens mål om ökad självständighet för äldre följs upp med indikatorer för hur många som har digitala insatser, och resultaten redovisas i nämndens årsberättelse.',
          'Förvaltningen har en styrgrupp för digitalisering där enhetschefer, medicinskt ansvarig sjuksköterska och en representant för de fackliga organisationerna ingår.',
          'Varje ny lösning går igenom en riskbedömning och en etisk bedömning innan den införs.',
          'Arbetet samordnas av Helena Kvist, helena.kvist@granlunda.se.',
          'Granlundas investeringsbudget för välfärdsteknik har legat på samma nivå i tre år, vilket har gett arbetet långsiktighet.',
          'Vi upphandlar tillsammans med Skärvedal och tre andra kommuner i länet.',
        ].join(' '),
      },
      {
        title: 'Infrastruktur',
        text: [
          'Alla särskilda boenden och gruppbostäder i Granlunda har sedan förra året trådlöst nätverk i både lägenheter och gemensamma utrymmen.',
          'Hemtjänst och hemsjukvård arbetar med surfplattor där dokumentation, läkemedelslistor och digitala nycklar finns samlade bakom säker tvåfaktorsinloggning.',
          'De digitala trygghetslarmen och läkemedelsautomaterna är kopplade till en gemensam larmmottagning, så att en missad dos ger en signal till ansvarig sjuksköterska.',
          'På www.granlunda.se finns e-tjänster för ansökan om hemtjänst, trygghetslarm och avlösning.',
          'Tjänsterna har testats av användare med synnedsättning och med kognitiva funktionsnedsättningar.',
          'Granlunda kommun, org.nr 212000-9523, har dock fortfarande dålig mobiltäckning i delar av landsbygden kring Bränntorp.',
        ].join(' '),
      },
      {
        title: 'Kompetens',
        text: [
          'Granlundakörkortet är vår interna utbildning i digital kompetens för medarbetare i vård och omsorg.',
          'Den består av fem korta moduler med praktiska övningar och avslutas med ett test.',
          'I dag har 91 procent av de tillsvidareanställda och 64 procent av de timavlönade ett giltigt körkort, och det krävs innan man får arbeta ensam med läkemedelsautomater.',
          'Varje enhet har digitala ombud som träffas varannan månad.',
          'Under året har vi också startat en utbildning för enhetschefer i att leda införanden.',
          'För invånare och anhöriga finns Granlunda-lyftet, handledning en gång i veckan på seniorernas mötesplatser, som hade omkring 900 besök under året.',
          'Ansvarig för utbildningarna är Ahmed Rahimi.',
        ].join(' '),
      },
      {
        title: 'Användning',
        text: [
          'Läkemedelsautomater är den lösning som har gett störst effekt hos oss.',
          'I dag har 230 brukare i ordinärt boende en automat, vilket är mer än hälften av dem som får hjälp med läkemedel.',
          'Antalet hembesök enbart för läkemedel har minskat med 38 procent, och avvikelserna för missade doser har halverats.',
          'Den tid som frigjorts används till fler besök med social inriktning.',
          'Dessutom har 340 brukare digital nattillsyn, och alla nya trygghetslarm är digitala.',
          'Brukare och anhöriga får alltid välja, och den som inte vill ha en digital insats får samma stöd på annat sätt.',
          'Vid varje uppföljning frågar vi brukarna om deras upplevelse, och nöjdheten är hög.',
          'Medarbetarna beskriver färre stressiga morgnar i hemtjänsten.',
        ].join(' '),
      },
    ],
  },
  {
    id: 'app-06',
    applicant: 'Hagavik kommun',
    contacts: [
      {
        name: 'Camilla Wennberg',
        email: 'camilla.wennberg@hagavik.se',
        phone: '070-174 06 38',
      },
    ],
    facts: {
      population: 24_900,
      county: 'Hallands län',
      municipalityGroup: 'Pendlingskommun nära större stad',
    },
    sections: [
      {
        title: 'Ledning',
        text: [
          'Hagavik kommun beslutade 2023 att göra om hela nattorganisationen i hemtjänsten, och det är den förändringen som står i centrum för vår ansökan.',
          'Beslutet togs av omsorgsnämnden efter en arbetsmiljöutredning som visade att nattpersonalen körde långa sträckor, ofta ensam, och hade hög sjukfrånvaro.',
          'Arbetet har letts av enhetschef Camilla Wennberg tillsammans med en styrgrupp där skyddsombud och medarbetare från nattpatrullen ingår.',
          'Hagaviks politiker har följt arbetet nära genom studiebesök och återkommande dragningar.',
          'Kommunen har en övergripande digitaliseringsstrategi, men den saknar ännu mål för socialtjänsten och ska kompletteras nästa år.',
          'Kameror och larmmottagning upphandlades tillsammans med Strandhamra kommun.',
        ].join(' '),
      },
      {
        title: 'Infrastruktur',
        text: [
          'För att nattillsyn via kamera ska fungera behövs stabil uppkoppling i brukarnas hem.',
          'Varje kamera har därför ett eget mobilabonnemang som reserv när hemmets bredband inte räcker.',
          'Larm och kamerabilder tas emot i en gemensam larmcentral i Hagaviks kommunhus, där sjuksköterska och nattpersonal sitter tillsammans.',
          'Bilderna sparas inte, och all åtkomst loggas och granskas varje månad.',
          'Med digitala lås behöver personalen inte längre hämta nycklar.',
          'Två av tre särskilda boenden har trådlöst nätverk, och det tredje står på tur nästa år.',
          'Information om nattillsynen finns på www.hagavik.se/natt, där man också kan ansöka via e-tjänst.',
          'Hagavik kommun har organisationsnummer 212000-9663.',
        ].join(' '),
      },
      {
        title: 'Kompetens',
        text: [
          'All nattpersonal har fått utbildning i den nya tekniken och i de etiska frågorna kring kameratillsyn, till exempel hur integriteten respekteras och vad man gör när en brukare ändrar sig.',
          'Utbildningen togs fram av medarbetarna själva tillsammans med kommunens dataskyddsombud.',
          'Två undersköterskor från nattpatrullen, Fatima Osman och Jesper Lindh, arbetar i dag halvtid som handledare för kollegor i dagverksamheten som ska börja använda samma teknik.',
          'Cheferna i hemtjänsten har gått en kortare utbildning i att leda arbete på distans.',
          'Dagpersonalens kompetens är mer ojämn, och någon samlad plan för hela förvaltningen finns ännu inte.',
          'Anhöriga får en genomgång av tekniken när tillsynen startar, och frågor kan skickas till camilla.wennberg@hagavik.se.',
        ].join(' '),
      },
      {
        title: 'Användning',
        text: [
          'Hagaviksmodellen för nattillsyn innebär att brukaren själv väljer om tillsynen ska ske via kamera, med besök eller med en kombination.',
          'I dag har 185 av 260 brukare med nattillsyn valt kamera helt eller delvis.',
          'Antalet körda mil på natten har minskat med 45 procent, och nattpersonalen kan oftare vara på plats hos de brukare som behöver omvårdnad.',
          'Sjukfrånvaron i nattgruppen har gått ner från 11 till 6 procent på ett år, och i medarbetarenkäten beskriver personalen en lugnare och tryggare arbetssituation.',
          'Brukare berättar att de sover bättre när de inte väcks av besök.',
          'På andra områden har vi ännu inte lika mycket att visa, men erfarenheterna från natten ska nu föras över till dagverksamheten.',
        ].join(' '),
      },
    ],
  },
];
