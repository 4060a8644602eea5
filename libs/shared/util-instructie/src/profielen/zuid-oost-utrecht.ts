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
 * Regio Zuid Oost Utrecht: 003, the instructie of Utrechtse Heuvelrug 2026, written for all
 * leerplichtambtenaren of the ZOU gemeenten (003 inleiding; art 1 onder h). Leerplicht only: the
 * Doorstroompunt sets its own policy (003 inleiding).
 */
export const ZUID_OOST_UTRECHT = {
  profiel: 'zuid-oost-utrecht',
  versie: '2026.1',
  geldigVanaf: '2026-08-01',
  bronnen: ['003'],
  gemeenten: [
    { code: '1581', naam: 'Utrechtse Heuvelrug', vakantieregio: 'midden' },
    { code: '0312', naam: 'Bunnik', vakantieregio: 'midden' },
    { code: '0310', naam: 'De Bilt', vakantieregio: 'midden' },
    { code: '0352', naam: 'Wijk bij Duurstede', vakantieregio: 'midden' },
    { code: '0355', naam: 'Zeist', vakantieregio: 'midden' },
  ],
  regels: {
    instructie: {
      geldigVanaf: { waarde: '2026-08-01', bron: '003 art 24 lid 2', status: 'vastgesteld' },
      citeertitel: {
        waarde: 'Instructie voor de leerplichtambtenaar van de gemeente Utrechtse Heuvelrug 2026',
        bron: '003 art 24 lid 3',
        status: 'vastgesteld',
      },
    },
    scope: {
      doorstroompuntInInstructie: {
        waarde: false,
        bron: '003 inleiding',
        status: 'vastgesteld',
        opmerking: 'Doorstroompunt stelt eigen beleid vast (najaar 2026); uitwisseling alleen via overdracht (003 art 20 lid 2 f)',
      },
    },
    administratie: {
      populatieLeeftijd: {
        waarde: { van: 5, totEnMet: 17 },
        bron: '003 art 3 lid 2',
        status: 'vastgesteld',
        opmerking:
          '(document inconsistency) 003 toelichting art 3: de jongste lichting wordt vanaf het begin van het schooljaar opgenomen, kinderen die "gedurende het schooljaar vier worden"; ondergrens per gemeente te bevestigen',
      },
      brpMutatieFrequentie: {
        aantal: 1,
        eenheid: 'weken',
        bron: '003 toelichting art 3',
        status: 'aan-te-leveren',
        opmerking: '"zo snel als mogelijk" zonder getal; 1 week als signaleringsgrens is plaatsaanduiding',
      },
      inschrijvingscontrole: {
        waarde: { beginSchooljaar: false, frequentie: 'periodiek' },
        bron: '003 art 3 lid 6',
        status: 'vastgesteld',
        opmerking:
          '"periodiek", zonder frequentie en zonder aparte controle bij de start van het schooljaar; daarnaast ziet de leerplichtambtenaar toe op tijdige inschrijving van bijna-5-jarigen (003 art 2 lid 2)',
      },
    },
    absoluutVerzuim: {
      reactietermijn: {
        aantal: 10,
        eenheid: 'werkdagen',
        bron: '003 toelichting art 3',
        status: 'vastgesteld',
        opmerking:
          '(document inconsistency) de 10 werkdagen staan alleen in de toelichting, als "termijn van orde (geen wettelijke basis)"; art 3 lid 6 zelf noemt geen termijn',
      },
      naTweedeBrief: {
        waarde: 'onderzoek-absoluut-verzuim',
        bron: '003 art 3 lid 6; 003 toelichting art 3',
        status: 'vastgesteld',
        opmerking:
          '(document inconsistency) art 3 lid 6 verwijst naar "artikel 8" (kennisgeving in- en uitschrijvingen); de toelichting naar de stappen van absoluut verzuim: 003 art 7 toegepast',
      },
      onderzoekUiterlijk: {
        waarde: { aantal: 5, eenheid: 'werkdagen' },
        bron: '003 art 7 lid 1',
        status: 'vastgesteld',
        opmerking: '"onverwijld ... doch uiterlijk binnen vijf werkdagen"',
      },
      vervolgAdviesNietOpgevolgd: { waarde: 'pv-mogelijk-svb-16-17', bron: '003 art 7 lid 3 b', status: 'vastgesteld' },
      buitenlandseStudenten: {
        waarde: false,
        bron: 'Lpw art 19 (geen bijzondere route; 003 zwijgt)',
        status: 'wettelijk-standaard',
      },
    },
    verzuim: {
      terugkoppelingTermijn: { aantal: 1, eenheid: 'weken', bron: '003 art 6 lid 1 b; Lpw art 21a', status: 'vastgesteld' },
      eersteContact: { waarde: 'zo-snel-mogelijk', bron: '003 art 6 lid 2 a', status: 'vastgesteld' },
      triageDoorAdmin: {
        waarde: false,
        bron: '003 art 6 lid 1',
        status: 'vastgesteld',
        opmerking: 'leerplichtambtenaar en/of administratief medewerker registreren en koppelen terug; het onderzoek is aan de leerplichtambtenaar (lid 2)',
      },
      gespreksverslagAfschrift: { waarde: 'op-verzoek', bron: '003 art 6 lid 2 f', status: 'vastgesteld' },
      wettelijkVerzuimDrempel: {
        waarde: { uren: 16, lesweken: 4 },
        bron: 'Lpw art 21a; 003 toelichting art 6',
        status: 'wettelijk-standaard',
      },
      eersteContactTermijn: {
        aantal: 3,
        eenheid: 'werkdagen',
        bron: '003 art 6 lid 2 a',
        status: 'aan-te-leveren',
        opmerking: '"zo spoedig mogelijk" zonder getal; 3 werkdagen is de signaleringsgrens tot de gemeente een getal vaststelt',
      },
      contactJongereVanafLeeftijd: { waarde: 12, bron: '003 art 6 lid 2 c', status: 'vastgesteld' },
      nietDoorDirecteur: { waarde: 'geen', bron: '003 art 6 (geen regel voor een melding die niet door de directeur is gedaan)', status: 'vastgesteld' },
      zatTerugkoppeling: { waarde: 'met-toestemming', bron: '003 art 6 lid 3 a; 003 art 2 lid 5', status: 'vastgesteld' },
      fasen: { waarde: MAS_FASEN, bron: '003 art 2 lid 7; 003 toelichting art 6 (MAS)', status: 'vastgesteld' },
      toestemmingJongereVanafLeeftijd: { waarde: 16, bron: '003 art 2 lid 5; 003 art 6 lid 12 a', status: 'vastgesteld' },
      afsluitberichten: { waarde: { melderSchriftelijk: true, ouders: true, jongereVanafLeeftijd: 12 }, bron: '003 art 6 lid 4 a', status: 'vastgesteld' },
      luxeVerzuimDrempelbezoek: { waarde: false, bron: '003 art 6 lid 11 (geen drempelbezoek)', status: 'vastgesteld' },
      teLaatLadder: { waarde: null, bron: '003 art 6 lid 10 (de leerplichtambtenaar kan vragen eerder te melden; geen ladder)', status: 'vastgesteld' },
      meldgrens: { waarde: { po: 16, vo: 16, mbo: 16 }, bron: 'Lpw art 21a; 003 toelichting art 6', status: 'wettelijk-standaard' },
      eersteOvertredingTerugkijktermijn: {
        waarde: { aantal: 5, eenheid: 'jaren' },
        bron: '003 art 6 lid 5 onder 2, lid 11 ("recidive")',
        status: 'aan-te-leveren',
        opmerking: 'recidive zonder termijn; 5 jaar volgt de Wpg-bewaartermijn (plaatsaanduiding, de gemeente bevestigt)',
      },
      thuiszitterBeoordeling: { waarde: null, bron: '003 art 6 (geen termijn)', status: 'vastgesteld' },
      achttienPlus: { waarde: 'doorstroompunt', bron: '003 inleiding (de Doorstroompunt valt buiten deze instructie)', status: 'vastgesteld' },
    },
    handhaving: {
      waarschuwingCriteria: {
        waarde: 'een-van',
        bron: '003 art 6 lid 5',
        status: 'vastgesteld',
        opmerking: 'de toelichting art 6 noemt de drie situaties zonder voegwoord',
      },
      waarschuwingVoorwaarden: {
        waarde: [
          'verwijtbaar-zonder-kennelijke-opzet',
          'eerste-overtreding-met-zorg',
          'licht-verzuim-minder-dan-16-uur-in-4-weken',
        ],
        bron: '003 art 6 lid 5',
        status: 'vastgesteld',
      },
      collegialeConsultatie: { waarde: false, bron: '003 art 6 lid 5', status: 'vastgesteld' },
      luxeVerzuimEersteKeerMaxDagenWaarschuwing: {
        waarde: null,
        bron: '003 art 6 lid 11',
        status: 'vastgesteld',
        opmerking: 'geen vaste waarschuwingsgrens voor luxe verzuim; proces-verbaal mogelijk vanaf 1 dag rond vakanties of zonder verlof (lid 11 b)',
      },
      luxeVerzuimPvVerplichtBovenDagen: {
        waarde: 2,
        bron: '003 art 6 lid 11 a',
        status: 'vastgesteld',
        opmerking:
          '(document inconsistency) de toelichting art 6 (als "lid 12") zegt: proces-verbaal vanaf 1 dag of bij recidive; bij recidive altijd proces-verbaal',
      },
    },
    verlof: {
      beslistermijn: {
        aantal: 8,
        eenheid: 'weken',
        bron: '003 toelichting art 5; Awb art 4:13 lid 2',
        status: 'vastgesteld',
        opmerking: 'redelijke termijn van maximaal acht weken',
      },
      hersteltermijn: {
        waarde: { min: { aantal: 1, eenheid: 'weken' }, max: { aantal: 3, eenheid: 'weken' } },
        bron: '003 art 5 lid 2 a',
        status: 'vastgesteld',
      },
      bezwaartermijn: {
        aantal: 6,
        eenheid: 'weken',
        bron: 'Awb art 6:7',
        status: 'wettelijk-standaard',
        opmerking: 'de leerplichtambtenaar beslist zelf na advies van de bezwaarcommissie (003 art 5 lid 8)',
      },
      doorzendenTotEnMetSchooldagen: { waarde: 10, bron: 'Lpw art 14 lid 1; 003 art 5 lid 1 en 6 ("ten hoogste tien schooldagen")', status: 'wettelijk-standaard', opmerking: '(document inconsistency) de kop van 003 art 5 zegt "≥ 10 schooldagen" boven "meer dan tien schooldagen"' },
      verklaringIndicatie: { waarde: ['ggd-arts', 'sociale-instantie'], bron: '003 toelichting art 5', status: 'vastgesteld' },
      waarschuwingVoorVerstrijken: { aantal: 5, eenheid: 'werkdagen', bron: 'Awb art 4:13; 003 toelichting art 5 fn 8 (ingebrekestelling, inferred: waarschuwen)', status: 'aan-te-leveren' },
      bezwaarprocedure: { waarde: 'lpa-beslist-na-advies-commissie', bron: '003 art 5 lid 8', status: 'vastgesteld' },
      bezwaarBeslistermijn: { aantal: 12, eenheid: 'weken', bron: 'Awb art 7:10 lid 1 met art 7:13 (003 art 5 lid 8: advies bezwaarcommissie)', status: 'wettelijk-standaard' },
    },
    vrijstelling: {
      termijnen: {
        art5aOnderzoek: { waarde: { aantal: 20, eenheid: 'werkdagen' }, bron: '003 art 11 lid 2 a', status: 'vastgesteld' },
        art5aBericht: { waarde: { aantal: 10, eenheid: 'werkdagen' }, bron: '003 art 11 lid 2 c', status: 'vastgesteld' },
        art5b: { waarde: { aantal: 20, eenheid: 'werkdagen' }, bron: '003 art 11 lid 3 d', status: 'vastgesteld' },
        art5c: {
          waarde: { aantal: 20, eenheid: 'werkdagen' },
          bron: '003 art 11 lid 4 b',
          status: 'vastgesteld',
          opmerking: 'verblijf 4 maanden per kalenderjaar in Nederland; bij een tweede beroep eventueel signaal aan Burgerzaken (003 toelichting art 11)',
        },
      },
      inschrijftermijn: {
        aantal: 20,
        eenheid: 'werkdagen',
        bron: '003 art 11 lid 5',
        status: 'vastgesteld',
        opmerking: '"redelijke termijn van doorgaans ten hoogste twintig werkdagen"',
      },
      verklaringMaxOuderdom: { aantal: 3, eenheid: 'maanden', bron: 'Lpw art 7 lid 1', status: 'wettelijk-standaard' },
      arbeidsinspectie: { waarde: null, bron: '003 art 11 (geen melding bij vrijstelling; alleen art 9 lid 6 bij vervangende leerplicht)', status: 'vastgesteld' },
      art5bUitgebreidOnderzoek: { waarde: { eersteKennisgeving: false, vanafLeeftijd: null }, bron: '003 art 11 lid 3', status: 'vastgesteld' },
    },
    vervangendeLeerplicht: {
      gesprekkenTermijn: { waarde: { aantal: 10, eenheid: 'werkdagen' }, bron: '003 art 9 lid 3', status: 'vastgesteld' },
      informerenTermijn: { waarde: { aantal: 5, eenheid: 'werkdagen' }, bron: '003 art 9 lid 4 b', status: 'vastgesteld' },
      beslistermijn: { aantal: 4, eenheid: 'weken', bron: 'Lpw art 3a–3c', status: 'wettelijk-standaard' },
      afschriftTermijn: { aantal: 2, eenheid: 'weken', bron: 'Lpw art 3a–3c', status: 'wettelijk-standaard' },
      minimumLeeftijd: { waarde: 14, bron: '003 toelichting art 9', status: 'vastgesteld' },
      arbeidsinspectie: { waarde: 'alleen-3b', bron: '003 art 9 lid 6 (Lpw art 3b; Lpr art 5)', status: 'vastgesteld' },
      belastbaarheidsverklaring: { waarde: false, bron: '003 art 9', status: 'vastgesteld' },
    },
    schoolErkenning: {
      inspectieAdviestermijn: { aantal: 6, eenheid: 'weken', bron: '003 art 12 lid 1 a (nagaan of en wanneer de Inspectie adviseert)', status: 'aan-te-leveren' },
      oudersInformerenTermijn: { aantal: 7, eenheid: 'kalenderdagen', bron: '003 art 12 lid 4', status: 'vastgesteld', opmerking: '"binnen 7 dagen": kalenderdagen (inferred)' },
    },
    dossier: {
      gronden: {
        waarde: ['vervangende-leerplicht', 'vrijstelling-inschrijving', 'vrijstelling-schoolbezoek', 'absoluut-verzuim', 'relatief-of-overig-verzuim', 'voortijdig-schoolverlaten', 'bespreking-in-overleg', 'verzuimmelding'],
        bron: '003 art 4 lid 1 onder a–g; 003 art 6 lid 1 (melding)',
        status: 'vastgesteld',
        opmerking: 'geen overgang naar werk/dagbesteding, signalen of JIKP: de Doorstroompunt valt buiten deze instructie (003 inleiding)',
      },
      velden: {
        waarde: ['telefoonnummer-jongere', 'kennisgeving-vrijstelling-inschrijving', 'kennisgeving-verzuim', 'verzuimoverzicht-school', 'verlof-vrijstelling', 'correspondentie', 'gespreksverslag', 'notitie', 'diploma', 'persoonlijke-omstandigheden', 'afwijking-mas', 'afspraken-vervangende-leerplicht', 'advies-absoluut-verzuim'],
        bron: '003 art 4 lid 2 a–t; 003 art 2 lid 7, art 7 lid 3 a, art 9 lid 4 a (§6.4)',
        status: 'vastgesteld',
        opmerking: 'geen nationaliteit, uitstroomperspectief of arbeidsmarktpositie: 003 art 4 lid 2 noemt ze niet',
      },
    },
    privacy: {
      wpgGrens: {
        verzuimmelding: {
          waarde: 'Wpg',
          bron: '003 toelichting art 4',
          status: 'vastgesteld',
          opmerking:
            '(document inconsistency) de administratief medewerker ontvangt meldingen (003 art 6 lid 1) terwijl Wpg-toegang beperkt is tot opsporingsbevoegden; alleen intakevelden (privacy-retentie.md §2.2 regel 6)',
        },
        verzuimzaak: { waarde: 'Wpg', bron: '003 toelichting art 4', status: 'vastgesteld' },
        handhaving: { waarde: 'Wpg', bron: 'Wpg; 003 toelichting art 4', status: 'wettelijk-standaard' },
      },
    },
    retentie: {
      leerplichtJarenNaGeboorte: { waarde: 19, bron: 'Selectielijst 2020 cat 12.1.3; 003 art 3 lid 2', status: 'wettelijk-standaard' },
      kwalificatieplichtJarenNaEinde: { waarde: 2, bron: 'Selectielijst 2020 cat 12.1.4; 003 art 3 lid 2', status: 'wettelijk-standaard' },
      wpgJaren: {
        waarde: 5,
        bron: 'Wpg (bewaartermijn opsporingsgegevens BOA); 003 toelichting art 4',
        status: 'wettelijk-standaard',
        opmerking: 'start: einde van de verwerking voor de zaak (inferred); artikel verifiëren op wetten.overheid.nl',
      },
    },
    brieven: {
      ondertekening: { waarde: ONDERTEKENING, bron: 'Lpw art 19, art 22 lid 1; 003 art 1 onder b', status: 'wettelijk-standaard' },
      absoluutVerzuimEersteBrief: {
        waarde: absoluutVerzuimEersteBrief(),
        bron: '003 art 3 lid 6; 003 toelichting art 3',
        status: 'aan-te-leveren',
        opmerking: CONCEPTTEKST,
      },
      absoluutVerzuimTweedeBrief: {
        waarde: absoluutVerzuimTweedeBrief(
          'Als wij opnieuw geen reactie ontvangen en geen geldige inschrijving kunnen vaststellen, stelt de leerplichtambtenaar een onderzoek in naar absoluut verzuim. Een leerplichtige of kwalificatieplichtige jongere niet laten inschrijven zonder vrijstelling is een overtreding van de Leerplichtwet 1969.',
        ),
        bron: '003 toelichting art 3; 003 art 7',
        status: 'aan-te-leveren',
        opmerking: CONCEPTTEKST,
      },
      uitschrijvingZonderBestemming: {
        waarde: uitschrijvingZonderBestemmingBrief(),
        bron: '003 art 3 lid 7',
        status: 'aan-te-leveren',
        opmerking: CONCEPTTEKST,
      },
      ontvangstbevestigingVerzuimmelding: {
        waarde: ontvangstbevestigingVerzuimmelding(
          'Binnen {{terugkoppelingTermijn}} na ontvangst laten wij u weten welke acties wij naar aanleiding van uw melding ondernemen.',
          ['Als de melding is afgehandeld, ontvangt u daarvan schriftelijk bericht.'],
        ),
        bron: '003 art 6 lid 1 b, lid 4 a',
        status: 'aan-te-leveren',
        opmerking: CONCEPTTEKST,
      },
      verzuimTerugkoppelingSchool: { waarde: verzuimTerugkoppelingSchool(), bron: '003 art 6 lid 1 b', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
      verzuimAfsluitingOuders: { waarde: verzuimAfsluitingOuders(), bron: '003 art 6 lid 4 a', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
      verzuimAfsluitingJongere: { waarde: verzuimAfsluitingJongere(), bron: '003 art 6 lid 4 a', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
      verzuimAfhandelingsbericht: { waarde: verzuimAfhandelingsbericht(), bron: '003 art 6 lid 4 b, lid 12 a', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
    },
  },
} satisfies InstructieInvoer;
