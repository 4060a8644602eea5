import type { InstructieInvoer } from '../instructie.schema';
import {
  ONDERTEKENING,
  absoluutVerzuimEersteBrief,
  absoluutVerzuimTweedeBrief,
  uitschrijvingZonderBestemmingBrief,
  ontvangstbevestigingVerzuimmelding,
  verzuimAfhandelingsbericht,
  verzuimAfsluitingJongere,
  verzuimAfsluitingOuders,
  verzuimTerugkoppelingSchool,
} from './brieven';
import { MAS_FASEN } from './mas';

const CONCEPTTEKST = 'concepttekst (not in sources); de gemeente stelt de brieftekst vast';

/**
 * Regio IJssel-Vecht: 000 (ambtsinstructie 2023) with 002 (regional protocol schoolafwezigheid,
 * same gemeenten). 000 names only Zwolle (adopted by its college, 000 slotformule); Kampen is a
 * demo member of the region here, not named by any source.
 */
export const IJSSEL_VECHT = {
  profiel: 'ijssel-vecht',
  versie: '2023.1',
  geldigVanaf: '2023-05-04',
  bronnen: ['000', '002'],
  gemeenten: [
    { code: '0193', naam: 'Zwolle', vakantieregio: 'noord' },
    { code: '0166', naam: 'Kampen', vakantieregio: 'noord' },
  ],
  regels: {
    instructie: {
      geldigVanaf: {
        waarde: '2023-05-04',
        bron: '000 art 26 lid 2',
        status: 'aan-te-leveren',
        opmerking:
          'in werking 14 dagen na bekendmaking; de vaststellingsdatum staat in 000 open ("op (datum)"). 4 mei 2023 is de vroegst mogelijke datum: de overwegingen noemen de naamswijziging RMC → Doorstroompunt per 20 april 2023. Gemeente levert de werkelijke datum aan.',
      },
      citeertitel: {
        waarde: 'Ambtsinstructie voor de medewerker leerplicht/Doorstroompunt regio IJssel-Vecht 2023',
        bron: '000 art 26 lid 3',
        status: 'vastgesteld',
      },
    },
    scope: {
      doorstroompuntInInstructie: { waarde: true, bron: '000 art 1 onder d', status: 'vastgesteld' },
    },
    administratie: {
      populatieLeeftijd: { waarde: { van: 4, totEnMet: 22 }, bron: '000 art 3 lid 2', status: 'vastgesteld' },
      brpMutatieFrequentie: {
        aantal: 1,
        eenheid: 'weken',
        bron: '000 art 3 lid 3',
        status: 'vastgesteld',
        opmerking: 'ten minste wekelijks, zo mogelijk dagelijks',
      },
      inschrijvingscontrole: {
        waarde: { beginSchooljaar: true, frequentie: 'wekelijks' },
        bron: '000 art 3 lid 7',
        status: 'vastgesteld',
      },
    },
    absoluutVerzuim: {
      reactietermijn: { aantal: 10, eenheid: 'werkdagen', bron: '000 art 3 lid 7', status: 'vastgesteld' },
      naTweedeBrief: {
        waarde: 'onderzoek-absoluut-verzuim',
        bron: '000 art 3 lid 7',
        status: 'vastgesteld',
        opmerking: 'de procedure van 000 art 8 (absoluut verzuim) volgt',
      },
      onderzoekUiterlijk: {
        waarde: null,
        bron: 'Lpw art 22 lid 1 (geen termijn; 000 art 8 noemt er geen)',
        status: 'wettelijk-standaard',
      },
      vervolgAdviesNietOpgevolgd: {
        waarde: 'pv-en-svb',
        bron: '000 art 8 lid 3',
        status: 'vastgesteld',
        opmerking:
          '(document inconsistency) "in principe een proces-verbaal en een melding aan de SVB", maar een SVB-melding kan alleen bij 16- en 17-jarigen zonder startkwalificatie (000 art 19 lid 1)',
      },
      buitenlandseStudenten: {
        waarde: false,
        bron: 'Lpw art 19 (geen bijzondere route; 000 zwijgt)',
        status: 'wettelijk-standaard',
      },
    },
    verzuim: {
      terugkoppelingTermijn: {
        aantal: 1,
        eenheid: 'weken',
        bron: '000 art 6 lid 1',
        status: 'vastgesteld',
        opmerking: '"indien mogelijk binnen een week"; ook aan niet-bekostigde scholen rechtstreeks (000 art 6 lid 1, art 7 lid 2)',
      },
      eersteContact: { waarde: 'onverwijld', bron: '000 art 6 lid 2', status: 'vastgesteld' },
      triageDoorAdmin: {
        waarde: true,
        bron: '000 art 3 lid 9',
        status: 'vastgesteld',
        opmerking: 'de triagecriteria ("regionaal afgesproken werkwijze") staan niet in de bronnen (not in sources)',
      },
      gespreksverslagAfschrift: { waarde: 'op-verzoek', bron: '000 art 6 lid 3', status: 'vastgesteld' },
      wettelijkVerzuimDrempel: {
        waarde: { uren: 16, lesweken: 4 },
        bron: 'Lpw art 21a',
        status: 'wettelijk-standaard',
        opmerking: '000 art 6 lid 9 zegt "4 aaneengesloten weken"; geteld wordt over lesweken (Lpw art 21a)',
      },
      eersteContactTermijn: {
        aantal: 2,
        eenheid: 'werkdagen',
        bron: '000 art 6 lid 2',
        status: 'aan-te-leveren',
        opmerking: '"onverwijld" zonder getal; 2 werkdagen is de signaleringsgrens tot de gemeente een getal vaststelt',
      },
      contactJongereVanafLeeftijd: { waarde: 12, bron: '000 art 6 lid 2', status: 'vastgesteld' },
      nietDoorDirecteur: { waarde: 'contact-melder', bron: '000 art 6 lid 1', status: 'vastgesteld' },
      zatTerugkoppeling: { waarde: 'alleen-indien-besproken', bron: '000 art 6 lid 5', status: 'vastgesteld' },
      fasen: { waarde: MAS_FASEN, bron: '000 art 2 lid 6; 002 §7 (de vijf fasen van methodisch handelen)', status: 'vastgesteld' },
      toestemmingJongereVanafLeeftijd: { waarde: 16, bron: '000 art 6 lid 8', status: 'vastgesteld' },
      afsluitberichten: {
        waarde: { melderSchriftelijk: false, ouders: true, jongereVanafLeeftijd: 12 },
        bron: '000 art 6 lid 8',
        status: 'vastgesteld',
        opmerking: 'de melder krijgt bericht doordat de melding in het ROD wordt afgesloten',
      },
      luxeVerzuimDrempelbezoek: { waarde: true, bron: '002 §7', status: 'vastgesteld' },
      teLaatLadder: {
        waarde: [
          { vanafKeer: 1, actie: 'geen-actie-leerplicht', omschrijving: 'iedere keer: de school registreert en neemt een pedagogische maatregel of sanctie' },
          { vanafKeer: 5, actie: 'geen-actie-leerplicht', omschrijving: 'meer dan 4 keer: de school informeert ook de ouders' },
          { vanafKeer: 10, actie: 'gesprek-op-school', omschrijving: 'meer dan 9 keer: waar een preventief spreekuur is afgesproken, gesprek met de leerling op school, eventueel een afsprakenkaart' },
          { vanafKeer: 12, actie: 'uitnodiging-en-onderzoek', omschrijving: '12 keer: ouders en leerling uitnodigen, onderzoek naar oorzaken en oplossingen (Halt, Forza)' },
          { vanafKeer: 16, actie: 'vervolg-volgens-mas', omschrijving: '16 keer of meer: vervolg volgens de routes van de MAS' },
        ],
        bron: '002 §7',
        status: 'vastgesteld',
        opmerking: '(document inconsistency) de tabel telt keren te laat of een uur afwezig, zonder telperiode (not in sources); de werkwijzer zegt "9 uur of meer"',
      },
      meldgrens: {
        waarde: { po: 16, vo: 9, mbo: 16 },
        bron: '002 §7 (Werkwijzer voor de school); Lpw art 21a',
        status: 'vastgesteld',
        opmerking: '(document inconsistency) vo "9 uur of meer" (werkwijzer) tegenover "meer dan 9 keer" (tabel); mbo volgt de Verzuimkaart 18-/18+ (002 §9), waarvan de stappen niet in de bronnen staan: wettelijke 16 uur',
      },
      eersteOvertredingTerugkijktermijn: {
        waarde: { aantal: 2, eenheid: 'jaren' },
        bron: '000 art 6 lid 9 ("een eerste overtreding"); 002 §7 ("een eerste keer")',
        status: 'aan-te-leveren',
        opmerking: 'geen terugkijktermijn in de bronnen (handhaving.md §3 regel 2, inferred); plaatsaanduiding',
      },
      thuiszitterBeoordeling: { waarde: { aantal: 4, eenheid: 'weken' }, bron: '002 §7 (Werkwijzer voor de leerplichtambtenaar)', status: 'vastgesteld' },
      achttienPlus: { waarde: 'eigen-functionaris', bron: '000 art 7; 000 art 1 onder d', status: 'vastgesteld' },
    },
    handhaving: {
      waarschuwingCriteria: {
        waarde: 'alle',
        bron: '000 art 6 lid 9, 14',
        status: 'vastgesteld',
      },
      waarschuwingVoorwaarden: {
        waarde: [
          'verwijtbaar-zonder-kennelijke-opzet',
          'eerste-overtreding-met-zorg',
          'licht-verzuim-minder-dan-16-uur-in-4-weken',
        ],
        bron: '000 art 6 lid 9, 14',
        status: 'vastgesteld',
      },
      collegialeConsultatie: {
        waarde: true,
        bron: '000 art 6 lid 14',
        status: 'vastgesteld',
        opmerking:
          '(document inconsistency) lid 9 en lid 14 zijn gelijk, behalve dat alleen lid 14 collegiale consultatie eist; lid 14 toegepast',
      },
      luxeVerzuimEersteKeerMaxDagenWaarschuwing: {
        waarde: 1,
        bron: '002 §7',
        status: 'vastgesteld',
        opmerking: 'maximaal 1 hele schooldag, eerste keer na melding door de school: waarschuwing, geen proces-verbaal',
      },
      luxeVerzuimPvVerplichtBovenDagen: {
        waarde: null,
        bron: '002 §7',
        status: 'vastgesteld',
        opmerking: 'anders na onderzoek: geen actie, waarschuwing of proces-verbaal; geen dagengrens',
      },
    },
    verlof: {
      beslistermijn: {
        aantal: 8,
        eenheid: 'weken',
        bron: 'Awb art 4:13 lid 2 (000 art 5 lid 1 noemt geen getal)',
        status: 'wettelijk-standaard',
        opmerking:
          '(document inconsistency) 000 art 5 lid 1: de termijn "vermeld in de ontvangstbevestiging", zonder getal; het Awb-maximum geldt',
      },
      hersteltermijn: {
        waarde: { min: { aantal: 1, eenheid: 'weken' }, max: { aantal: 3, eenheid: 'weken' } },
        bron: '000 art 5 lid 2',
        status: 'vastgesteld',
      },
      bezwaartermijn: { aantal: 6, eenheid: 'weken', bron: 'Awb art 6:7', status: 'wettelijk-standaard' },
      doorzendenTotEnMetSchooldagen: { waarde: 10, bron: 'Lpw art 14 lid 1; 000 art 5 lid 1 ("niet meer dan 10 schooldagen")', status: 'wettelijk-standaard', opmerking: '(document inconsistency) 000 art 5 lid 8 zegt "meer dan tien dagen"; toegepast: ≤ 10 schooldagen schoolleider' },
      verklaringIndicatie: { waarde: ['ggd-arts', 'specialistische-jeugdhulpaanbieder'], bron: '000 art 5 lid 8 fn 1', status: 'vastgesteld' },
      waarschuwingVoorVerstrijken: { aantal: 5, eenheid: 'werkdagen', bron: 'Awb art 4:13 (inferred: waarschuwen voor het verstrijken)', status: 'aan-te-leveren' },
      bezwaarprocedure: { waarde: 'procedure-verantwoordelijke-gemeente', bron: '000 art 5 lid 11', status: 'vastgesteld' },
      bezwaarBeslistermijn: { aantal: 12, eenheid: 'weken', bron: 'Awb art 7:10 lid 1 (met adviescommissie, art 7:13)', status: 'aan-te-leveren', opmerking: 'de procedure van de verantwoordelijke gemeente bepaalt of een commissie adviseert (6 of 12 weken)' },
    },
    vrijstelling: {
      termijnen: {
        art5aOnderzoek: { waarde: { aantal: 20, eenheid: 'werkdagen' }, bron: '000 art 12 lid 2', status: 'vastgesteld' },
        art5aBericht: { waarde: { aantal: 10, eenheid: 'werkdagen' }, bron: '000 art 12 lid 4', status: 'vastgesteld' },
        art5b: {
          waarde: { aantal: 20, eenheid: 'werkdagen' },
          bron: '000 art 12 lid 6',
          status: 'vastgesteld',
          opmerking: 'ten hoogste 20 werkdagen; bij gegronde redenen een langere termijn, binnen 20 werkdagen aan de ouders meegedeeld',
        },
        art5c: {
          waarde: null,
          bron: '000 art 12 lid 11',
          status: 'vastgesteld',
          opmerking: 'geen eigen termijn; alleen de termijn uit de ontvangstbevestiging (000 art 12 lid 1)',
        },
      },
      inschrijftermijn: {
        aantal: 20,
        eenheid: 'werkdagen',
        bron: '000 art 12 lid 9',
        status: 'vastgesteld',
        opmerking: '"redelijke termijn, die doorgaans niet langer is dan 20 werkdagen"; herhaald in lid 12',
      },
      verklaringMaxOuderdom: { aantal: 3, eenheid: 'maanden', bron: 'Lpw art 7 lid 1', status: 'wettelijk-standaard' },
      arbeidsinspectie: {
        waarde: { vanafLeeftijd: 16, totLeeftijd: 18, gronden: ['5 onder a', '5 onder b', '5 onder c', '5a', '15'] },
        bron: '000 art 12 lid 14',
        status: 'vastgesteld',
        opmerking: '(document inconsistency) 000 art 18 onder b noemt alleen de gronden 5 onder a en b, "16 jaar of ouder"; toegepast: lid 14',
      },
      art5bUitgebreidOnderzoek: { waarde: { eersteKennisgeving: false, vanafLeeftijd: null }, bron: '000 art 12 lid 7', status: 'vastgesteld' },
    },
    vervangendeLeerplicht: {
      gesprekkenTermijn: {
        waarde: { aantal: 10, eenheid: 'werkdagen' },
        bron: '000 art 10 lid 2',
        status: 'vastgesteld',
        opmerking: '"indien mogelijk"',
      },
      informerenTermijn: {
        waarde: { aantal: 5, eenheid: 'werkdagen' },
        bron: '000 art 10 lid 3',
        status: 'vastgesteld',
        opmerking: '"indien mogelijk"',
      },
      beslistermijn: { aantal: 4, eenheid: 'weken', bron: 'Lpw art 3a–3c', status: 'wettelijk-standaard' },
      afschriftTermijn: { aantal: 2, eenheid: 'weken', bron: 'Lpw art 3a–3c', status: 'wettelijk-standaard' },
      minimumLeeftijd: { waarde: 14, bron: 'Lpw art 3a lid 1; 000 art 10', status: 'wettelijk-standaard' },
      arbeidsinspectie: { waarde: 'alle', bron: '000 art 10 lid 4', status: 'vastgesteld', opmerking: '(document inconsistency) 000 art 18 onder a noemt alleen art 3b; toegepast: art 10 lid 4' },
      belastbaarheidsverklaring: { waarde: false, bron: '000 art 10', status: 'vastgesteld' },
    },
    schoolErkenning: {
      inspectieAdviestermijn: { aantal: 6, eenheid: 'weken', bron: '000 art 13 lid 1 ("binnen een in het verzoek te noemen termijn")', status: 'aan-te-leveren' },
      oudersInformerenTermijn: { aantal: 7, eenheid: 'kalenderdagen', bron: '000 art 13 lid 3', status: 'vastgesteld', opmerking: '"binnen 7 dagen": kalenderdagen (inferred)' },
    },
    dossier: {
      gronden: {
        waarde: ['vervangende-leerplicht', 'vrijstelling-inschrijving', 'vrijstelling-schoolbezoek', 'absoluut-verzuim', 'relatief-of-overig-verzuim', 'voortijdig-schoolverlaten', 'overgang-werk-dagbesteding-vervolgonderwijs', 'bespreking-in-overleg', 'signalen', 'jikp', 'verzuimmelding'],
        bron: '000 art 4 lid 1 onder a–i en aanhef (JIKP); 000 art 6 lid 1 (melding)',
        status: 'vastgesteld',
      },
      velden: {
        waarde: ['nationaliteit', 'kennisgeving-vrijstelling-inschrijving', 'kennisgeving-verzuim', 'verzuimoverzicht-school', 'verlof-vrijstelling', 'correspondentie', 'gespreksverslag', 'notitie', 'diploma', 'uitstroomperspectief', 'arbeidsmarktpositie', 'persoonlijke-omstandigheden', 'afwijking-mas', 'afspraken-vervangende-leerplicht', 'advies-absoluut-verzuim'],
        bron: '000 art 4 lid 2 a–v; 000 art 2 lid 6, art 8 lid 3, art 10 lid 3 (§6.4)',
        status: 'vastgesteld',
      },
    },
    privacy: {
      wpgGrens: {
        verzuimmelding: {
          waarde: 'AVG',
          bron: '000 art 2 lid 7, art 4 lid 3 (AVG en Wpg genoemd, de grens niet)',
          status: 'aan-te-leveren',
          opmerking: 'standaardgrens "verhoor" (privacy-retentie.md §2.2, inferred): Wpg vanaf de oproep voor verhoor; gemeente bevestigt',
        },
        verzuimzaak: {
          waarde: 'AVG',
          bron: '000 art 2 lid 7, art 4 lid 3 (AVG en Wpg genoemd, de grens niet)',
          status: 'aan-te-leveren',
          opmerking: 'standaardgrens "verhoor" (privacy-retentie.md §2.2, inferred); gemeente bevestigt',
        },
        handhaving: { waarde: 'Wpg', bron: 'Wpg; 000 art 6 lid 11–13', status: 'wettelijk-standaard' },
      },
    },
    retentie: {
      leerplichtJarenNaGeboorte: {
        waarde: 19,
        bron: 'Selectielijst 2020 cat 12.1.3; 000 art 3 lid 2',
        status: 'wettelijk-standaard',
      },
      kwalificatieplichtJarenNaEinde: {
        waarde: 2,
        bron: 'Selectielijst 2020 cat 12.1.4; 000 art 3 lid 2',
        status: 'wettelijk-standaard',
      },
      wpgJaren: {
        waarde: 5,
        bron: 'Wpg (bewaartermijn opsporingsgegevens BOA); 000 art 3 lid 2',
        status: 'wettelijk-standaard',
        opmerking: 'start: einde van de verwerking voor de zaak (inferred); artikel verifiëren op wetten.overheid.nl',
      },
    },
    brieven: {
      ondertekening: { waarde: ONDERTEKENING, bron: 'Lpw art 19, art 22 lid 1; 000 art 1 onder c', status: 'wettelijk-standaard' },
      absoluutVerzuimEersteBrief: {
        waarde: absoluutVerzuimEersteBrief(),
        bron: '000 art 3 lid 7',
        status: 'aan-te-leveren',
        opmerking: CONCEPTTEKST,
      },
      absoluutVerzuimTweedeBrief: {
        waarde: absoluutVerzuimTweedeBrief(
          'Als wij opnieuw geen reactie ontvangen en het vermoeden blijft bestaan dat {{jongereNaam}} niet staat ingeschreven, stelt de medewerker leerplicht/Doorstroompunt een onderzoek in naar absoluut verzuim. Een leerplichtige of kwalificatieplichtige jongere niet laten inschrijven zonder vrijstelling is een overtreding van de Leerplichtwet 1969.',
        ),
        bron: '000 art 3 lid 7, art 8',
        status: 'aan-te-leveren',
        opmerking: CONCEPTTEKST,
      },
      uitschrijvingZonderBestemming: {
        waarde: uitschrijvingZonderBestemmingBrief(),
        bron: '000 art 3 lid 8',
        status: 'aan-te-leveren',
        opmerking: CONCEPTTEKST,
      },
      ontvangstbevestigingVerzuimmelding: {
        waarde: ontvangstbevestigingVerzuimmelding(
          'Indien mogelijk binnen {{terugkoppelingTermijn}} na ontvangst laten wij u weten welke acties wij naar aanleiding van uw melding ondernemen.',
          [
            'Als de melding is afgehandeld, laten wij u dat weten. Inhoudelijke informatie over de afhandeling geven wij alleen met toestemming van de ouders of van de leerling vanaf 16 jaar.',
          ],
        ),
        bron: '000 art 6 lid 1, 8',
        status: 'aan-te-leveren',
        opmerking: CONCEPTTEKST,
      },
      verzuimTerugkoppelingSchool: { waarde: verzuimTerugkoppelingSchool(), bron: '000 art 6 lid 1', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
      verzuimAfsluitingOuders: { waarde: verzuimAfsluitingOuders(), bron: '000 art 6 lid 8', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
      verzuimAfsluitingJongere: { waarde: verzuimAfsluitingJongere(), bron: '000 art 6 lid 8', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
      verzuimAfhandelingsbericht: { waarde: verzuimAfhandelingsbericht(), bron: '000 art 6 lid 8', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
    },
  },
} satisfies InstructieInvoer;
