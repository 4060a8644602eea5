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

const CONCEPTTEKST = 'concepttekst (not in sources); de gemeente stelt de brieftekst vast';

/**
 * Noordoostpolder: 001, chapters and appendices without article numbers (cited by §). The full
 * text is available, so where 001 is silent the law applies (wettelijk-standaard); only values
 * the platform needs but neither 001 nor the law gives are aan-te-leveren placeholders.
 */
export const NOORDOOSTPOLDER = {
  profiel: 'noordoostpolder',
  versie: '2015.1',
  geldigVanaf: '2015-01-01',
  bronnen: ['001'],
  gemeenten: [{ code: '0171', naam: 'Noordoostpolder', vakantieregio: 'noord' }],
  regels: {
    instructie: {
      geldigVanaf: {
        waarde: '2015-01-01',
        bron: '001 inleiding',
        status: 'aan-te-leveren',
        opmerking:
          '001 noemt geen datum van vaststelling of inwerkingtreding; het vervangt de instructie van 2011 en noemt Veilig Thuis (bestaat sinds 1 januari 2015). 1 januari 2015 is een ondergrens; gemeente levert de werkelijke datum aan.',
      },
      citeertitel: {
        waarde: 'Ambtsinstructie voor de leerplichtambtenaren en RMC-consulenten van de gemeente Noordoostpolder',
        bron: '001 inleiding',
        status: 'vastgesteld',
      },
    },
    scope: {
      doorstroompuntInInstructie: {
        waarde: true,
        bron: '001 inleiding',
        status: 'vastgesteld',
        opmerking: 'de leerplichtambtenaren zijn tevens RMC-consulent',
      },
    },
    administratie: {
      populatieLeeftijd: {
        waarde: { van: 4, totEnMet: 22 },
        bron: '001 §2; 001 Bijlage 1',
        status: 'aan-te-leveren',
        opmerking:
          '001 noemt geen leeftijdsgrenzen ("alle jeugdigen administratief in beeld"); 4 t/m 22 volgt de definitie leerling 4–23 (Bijlage 1) en de RMC-taak tot 23 jaar; gemeente bevestigt',
      },
      brpMutatieFrequentie: {
        aantal: 1,
        eenheid: 'weken',
        bron: 'Lpw art 19; Lpr art 3 (geen frequentie; 001 zwijgt)',
        status: 'aan-te-leveren',
        opmerking: 'plaatsaanduiding gelijk aan 000 art 3 lid 3; gemeente levert de frequentie aan',
      },
      inschrijvingscontrole: {
        waarde: { beginSchooljaar: true, frequentie: 'maandelijks' },
        bron: '001 §2.1',
        status: 'vastgesteld',
        opmerking: 'daarnaast maandelijks een lijst van 5-jarigen en een bericht aan ouders van een niet-ingeschreven 5-jarige',
      },
    },
    absoluutVerzuim: {
      reactietermijn: {
        aantal: 10,
        eenheid: 'werkdagen',
        bron: '001 §3.2 (brief zonder termijn)',
        status: 'aan-te-leveren',
        opmerking: '001 noemt geen reactietermijn; 10 werkdagen is plaatsaanduiding (zoals 000 art 3 lid 7 en 003 toelichting art 3)',
      },
      naTweedeBrief: {
        waarde: 'huisbezoek',
        bron: '001 §3.2',
        status: 'vastgesteld',
        opmerking: 'leidt het huisbezoek niet tot inschrijving, dan als uiterste middel proces-verbaal',
      },
      onderzoekUiterlijk: {
        waarde: { aantal: 1, eenheid: 'maanden' },
        bron: '001 §3.2',
        status: 'vastgesteld',
        opmerking: '"1 keer per maand" onderzoek op een fout in het administratiesysteem; geen starttermijn per geval',
      },
      vervolgAdviesNietOpgevolgd: {
        waarde: 'zorgmelding-pv-uiterste-middel',
        bron: '001 §3.2',
        status: 'vastgesteld',
        opmerking: 'zorgmelding bij Veilig Thuis mogelijk; vervolg samen met de hulpverlening bepaald',
      },
      buitenlandseStudenten: {
        waarde: false,
        bron: 'Lpw art 19 (geen bijzondere route; 001 zwijgt)',
        status: 'wettelijk-standaard',
      },
    },
    verzuim: {
      terugkoppelingTermijn: {
        aantal: 1,
        eenheid: 'weken',
        bron: 'Lpw art 21a (001 §3.1 noemt geen termijn)',
        status: 'wettelijk-standaard',
        opmerking: '001 §3.1: de leerplichtambtenaar meldt de school welke acties worden ondernomen, zonder termijn',
      },
      eersteContact: { waarde: 'direct', bron: '001 §3.1', status: 'vastgesteld', opmerking: 'vaak tijdens het verzuimspreekuur op school' },
      triageDoorAdmin: {
        waarde: false,
        bron: '001 §3.1',
        status: 'vastgesteld',
        opmerking: 'na ontvangst zoekt de leerplichtambtenaar zelf direct contact; geen triage door de administratie',
      },
      gespreksverslagAfschrift: { waarde: 'altijd', bron: '001 §3.2', status: 'vastgesteld' },
      wettelijkVerzuimDrempel: { waarde: { uren: 16, lesweken: 4 }, bron: 'Lpw art 21a', status: 'wettelijk-standaard' },
      eersteContactTermijn: {
        aantal: 1,
        eenheid: 'werkdagen',
        bron: '001 §3.1',
        status: 'aan-te-leveren',
        opmerking: '"direct" zonder getal; 1 werkdag is de signaleringsgrens tot de gemeente een getal vaststelt',
      },
      contactJongereVanafLeeftijd: { waarde: 12, bron: '001 §3.1', status: 'vastgesteld' },
      nietDoorDirecteur: { waarde: 'contact-directeur', bron: '001 §3.1', status: 'vastgesteld', opmerking: 'de leerplichtambtenaar neemt achteraf contact op met de directeur' },
      zatTerugkoppeling: {
        waarde: 'alleen-indien-besproken',
        bron: '001 §3.6',
        status: 'aan-te-leveren',
        opmerking: '001 §3.6 noemt terugkoppeling in de RTG-overleggen zonder voorwaarde; de strengste lezing (000 art 6 lid 5) tot de gemeente kiest',
      },
      fasen: {
        waarde: ['preventie', 'waarnemen', 'analyseren-en-afstemmen', 'aanpakken', 'terugkoppelen-en-evalueren'],
        bron: '001 §1.5',
        status: 'vastgesteld',
      },
      toestemmingJongereVanafLeeftijd: {
        waarde: 16,
        bron: 'privacy-retentie.md §7 (000 art 6 lid 8); 001 §3.2 zwijgt',
        status: 'aan-te-leveren',
        opmerking: '001 §3.2: anderen worden verteld dat de melding is afgehandeld; over inhoudelijke terugkoppeling zegt 001 niets',
      },
      afsluitberichten: { waarde: { melderSchriftelijk: true, ouders: true, jongereVanafLeeftijd: 12 }, bron: '001 §3.2', status: 'vastgesteld' },
      luxeVerzuimDrempelbezoek: { waarde: false, bron: '001 §3.1 (huisbezoek bij twijfel, geen drempelbezoek)', status: 'vastgesteld' },
      teLaatLadder: { waarde: null, bron: '001 §2.2 (eerder melden na een eerste gesprek op school; geen ladder)', status: 'vastgesteld' },
      meldgrens: {
        waarde: { po: 16, vo: 16, mbo: 16 },
        bron: '001 §2.2; Lpw art 21a',
        status: 'aan-te-leveren',
        opmerking: 'de vo-scholen van Noordoostpolder en Urk melden onder de 16 uur na een eerste gesprek met leerling en ouder(s), zonder getal (not in sources)',
      },
      eersteOvertredingTerugkijktermijn: {
        waarde: { aantal: 2, eenheid: 'jaren' },
        bron: '001 §4.3 ("een eerste overtreding")',
        status: 'aan-te-leveren',
        opmerking: 'geen terugkijktermijn in de bronnen (handhaving.md §3 regel 2, inferred); plaatsaanduiding',
      },
      thuiszitterBeoordeling: { waarde: null, bron: '001 Bijlage 4 (thuiszittersoverleg, zonder termijn)', status: 'vastgesteld' },
      achttienPlus: { waarde: 'eigen-functionaris', bron: '001 inleiding (de leerplichtambtenaren zijn tevens RMC-consulent)', status: 'vastgesteld' },
    },
    handhaving: {
      waarschuwingCriteria: {
        waarde: 'alle',
        bron: '001 §4.3',
        status: 'vastgesteld',
        opmerking: '"alleen wanneer er geen sprake is van opzet ... en het een eerste overtreding bij licht verzuim betreft"; geen urengrens',
      },
      waarschuwingVoorwaarden: {
        waarde: ['verwijtbaar-zonder-kennelijke-opzet', 'eerste-overtreding-licht-verzuim'],
        bron: '001 §4.3',
        status: 'vastgesteld',
      },
      collegialeConsultatie: { waarde: true, bron: '001 §4.3', status: 'vastgesteld' },
      luxeVerzuimEersteKeerMaxDagenWaarschuwing: {
        waarde: null,
        bron: 'Lpw art 22 (001 zwijgt)',
        status: 'wettelijk-standaard',
        opmerking: 'geen dagengrens; beoordeling per onderzoek (MAS)',
      },
      luxeVerzuimPvVerplichtBovenDagen: {
        waarde: null,
        bron: 'Lpw art 22 (001 zwijgt)',
        status: 'wettelijk-standaard',
      },
    },
    verlof: {
      beslistermijn: {
        aantal: 8,
        eenheid: 'weken',
        bron: 'Awb art 4:13 lid 2 (001 §3.4: "binnen een redelijke termijn")',
        status: 'wettelijk-standaard',
      },
      hersteltermijn: {
        waarde: { min: { aantal: 1, eenheid: 'weken' }, max: { aantal: 3, eenheid: 'weken' } },
        bron: 'Awb art 4:5 (termijn te stellen door het bestuursorgaan; 001 zwijgt)',
        status: 'aan-te-leveren',
        opmerking:
          'Awb art 4:5 noemt geen aantal weken; 1–3 weken volgt 000 art 5 lid 2 en 003 art 5 lid 2 a (domain README §5 schrijft 1–3 weken aan de Awb toe: verifiëren)',
      },
      bezwaartermijn: {
        aantal: 6,
        eenheid: 'weken',
        bron: 'Awb art 6:7',
        status: 'wettelijk-standaard',
        opmerking: 'de leerplichtambtenaar laat zich adviseren door de gemeentelijke commissie bezwaarschriften (001 §3.6)',
      },
      doorzendenTotEnMetSchooldagen: { waarde: 10, bron: 'Lpw art 14 lid 1; 001 §3.4', status: 'wettelijk-standaard', opmerking: '(document inconsistency) 001 §3.4: "minder dan 10 lesdagen" directeur, "meer dan 10" leerplichtambtenaar; precies 10: de wet (ten hoogste tien schooldagen)' },
      verklaringIndicatie: { waarde: ['ggd-arts', 'specialistische-jeugdhulpaanbieder', 'sociale-instantie'], bron: 'Lpw art 14 lid 3 (001 zwijgt)', status: 'aan-te-leveren' },
      waarschuwingVoorVerstrijken: { aantal: 5, eenheid: 'werkdagen', bron: 'Awb art 4:13 (inferred: waarschuwen voor het verstrijken)', status: 'aan-te-leveren' },
      bezwaarprocedure: { waarde: 'advies-commissie-bezwaarschriften', bron: '001 §3.6', status: 'vastgesteld' },
      bezwaarBeslistermijn: { aantal: 12, eenheid: 'weken', bron: 'Awb art 7:10 lid 1 met art 7:13 (adviescommissie, 001 §3.6)', status: 'wettelijk-standaard' },
    },
    vrijstelling: {
      termijnen: {
        art5aOnderzoek: { waarde: null, bron: 'Lpw art 7 (geen termijn; 001 §3.3 zwijgt)', status: 'wettelijk-standaard' },
        art5aBericht: { waarde: null, bron: 'Lpw art 6–7 (geen termijn; 001 §3.3 zwijgt)', status: 'wettelijk-standaard' },
        art5b: { waarde: null, bron: 'Lpw art 8 (geen termijn; 001 §3.3 zwijgt)', status: 'wettelijk-standaard' },
        art5c: { waarde: null, bron: 'Lpw art 9 (geen termijn; 001 §3.3 zwijgt)', status: 'wettelijk-standaard' },
      },
      inschrijftermijn: { aantal: 20, eenheid: 'werkdagen', bron: '001 §3.3', status: 'vastgesteld', opmerking: '"niet langer dan 20 werkdagen"' },
      verklaringMaxOuderdom: { aantal: 3, eenheid: 'maanden', bron: 'Lpw art 7 lid 1', status: 'wettelijk-standaard' },
      arbeidsinspectie: {
        waarde: { vanafLeeftijd: 16, totLeeftijd: 18, gronden: ['5 onder a', '5 onder b'] },
        bron: '001 §3.6',
        status: 'vastgesteld',
        opmerking: '"5a en 5b": gelezen als art 5 onder a en onder b; "16 jaar of ouder"',
      },
      art5bUitgebreidOnderzoek: { waarde: { eersteKennisgeving: false, vanafLeeftijd: null }, bron: '001 §3.3', status: 'vastgesteld' },
    },
    vervangendeLeerplicht: {
      gesprekkenTermijn: {
        waarde: null,
        bron: 'Lpw art 3a (geen termijn; 001 §3.3 zwijgt)',
        status: 'wettelijk-standaard',
        opmerking: '001 §3.3: vanaf 14 jaar; verklaring over belastbaarheid door de jeugdarts van GGD Flevoland',
      },
      informerenTermijn: { waarde: null, bron: 'Lpw art 3a (geen termijn; 001 §3.3 zwijgt)', status: 'wettelijk-standaard' },
      beslistermijn: { aantal: 4, eenheid: 'weken', bron: 'Lpw art 3a–3c', status: 'wettelijk-standaard' },
      afschriftTermijn: { aantal: 2, eenheid: 'weken', bron: 'Lpw art 3a–3c', status: 'wettelijk-standaard' },
      minimumLeeftijd: { waarde: 14, bron: '001 §3.3', status: 'vastgesteld' },
      arbeidsinspectie: { waarde: 'alleen-3b', bron: '001 §3.6', status: 'vastgesteld' },
      belastbaarheidsverklaring: { waarde: true, bron: '001 §3.3', status: 'vastgesteld', opmerking: 'de jeugdarts van GGD Flevoland, door het college aangewezen' },
    },
    schoolErkenning: {
      inspectieAdviestermijn: { aantal: 6, eenheid: 'weken', bron: 'Lpw art 1a1 (001 zwijgt)', status: 'aan-te-leveren' },
      oudersInformerenTermijn: { aantal: 7, eenheid: 'kalenderdagen', bron: '001 zwijgt; 000 art 13 lid 3 en 003 art 12 lid 4 als standaard', status: 'aan-te-leveren' },
    },
    dossier: {
      gronden: {
        waarde: ['vervangende-leerplicht', 'vrijstelling-inschrijving', 'vrijstelling-schoolbezoek', 'absoluut-verzuim', 'relatief-of-overig-verzuim', 'voortijdig-schoolverlaten', 'overgang-werk-dagbesteding-vervolgonderwijs', 'bespreking-in-overleg', 'verzuimmelding'],
        bron: '001 §3.6 ("alle meldingen, onderzoeken en afspraken")',
        status: 'aan-te-leveren',
        opmerking: '001 noemt geen limitatieve lijst; de gemeente bevestigt de gronden',
      },
      velden: {
        waarde: ['nationaliteit', 'kennisgeving-vrijstelling-inschrijving', 'kennisgeving-verzuim', 'verzuimoverzicht-school', 'verlof-vrijstelling', 'correspondentie', 'gespreksverslag', 'notitie', 'diploma', 'persoonlijke-omstandigheden', 'afwijking-mas', 'afspraken-vervangende-leerplicht', 'advies-absoluut-verzuim'],
        bron: '001 Bijlage 3 items 1–13, a–g; 001 §3.2, §3.6',
        status: 'vastgesteld',
      },
    },
    privacy: {
      wpgGrens: {
        verzuimmelding: {
          waarde: 'AVG',
          bron: '001 §3.6 (AVG genoemd; Wpg-grens niet genoemd)',
          status: 'aan-te-leveren',
          opmerking: 'standaardgrens "verhoor" (privacy-retentie.md §2.2, inferred); gemeente bevestigt',
        },
        verzuimzaak: {
          waarde: 'AVG',
          bron: '001 §3.6 (AVG genoemd; Wpg-grens niet genoemd)',
          status: 'aan-te-leveren',
          opmerking: 'standaardgrens "verhoor" (privacy-retentie.md §2.2, inferred); gemeente bevestigt',
        },
        handhaving: { waarde: 'Wpg', bron: 'Wpg; 001 §4.3', status: 'wettelijk-standaard' },
      },
    },
    retentie: {
      leerplichtJarenNaGeboorte: { waarde: 19, bron: 'Selectielijst 2020 cat 12.1.3 (001 zwijgt)', status: 'wettelijk-standaard' },
      kwalificatieplichtJarenNaEinde: { waarde: 2, bron: 'Selectielijst 2020 cat 12.1.4 (001 zwijgt)', status: 'wettelijk-standaard' },
      wpgJaren: {
        waarde: 5,
        bron: 'Wpg (bewaartermijn opsporingsgegevens BOA; 001 zwijgt)',
        status: 'wettelijk-standaard',
        opmerking: 'start: einde van de verwerking voor de zaak (inferred); artikel verifiëren op wetten.overheid.nl',
      },
    },
    brieven: {
      ondertekening: { waarde: ONDERTEKENING, bron: 'Lpw art 19, art 22 lid 1', status: 'wettelijk-standaard' },
      absoluutVerzuimEersteBrief: {
        waarde: absoluutVerzuimEersteBrief(),
        bron: '001 §3.2',
        status: 'aan-te-leveren',
        opmerking: CONCEPTTEKST,
      },
      absoluutVerzuimTweedeBrief: {
        waarde: absoluutVerzuimTweedeBrief(
          'Als wij opnieuw geen reactie ontvangen, komt de leerplichtambtenaar bij u op huisbezoek. Leidt ook dat niet tot een inschrijving, dan kan de leerplichtambtenaar als uiterste middel proces-verbaal opmaken wegens absoluut verzuim.',
        ),
        bron: '001 §3.2',
        status: 'aan-te-leveren',
        opmerking: CONCEPTTEKST,
      },
      uitschrijvingZonderBestemming: {
        waarde: uitschrijvingZonderBestemmingBrief(),
        bron: '001 §2.1',
        status: 'aan-te-leveren',
        opmerking: CONCEPTTEKST,
      },
      ontvangstbevestigingVerzuimmelding: {
        waarde: ontvangstbevestigingVerzuimmelding(
          'Binnen {{terugkoppelingTermijn}} na ontvangst laten wij u weten welke acties wij naar aanleiding van uw melding ondernemen.',
          ['Als de melding is afgehandeld, ontvangt u daarvan schriftelijk bericht.'],
        ),
        bron: '001 §3.1, §3.2',
        status: 'aan-te-leveren',
        opmerking: CONCEPTTEKST,
      },
      verzuimTerugkoppelingSchool: { waarde: verzuimTerugkoppelingSchool(), bron: '001 §3.1', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
      verzuimAfsluitingOuders: { waarde: verzuimAfsluitingOuders(), bron: '001 §3.2', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
      verzuimAfsluitingJongere: { waarde: verzuimAfsluitingJongere(), bron: '001 §3.2', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
      verzuimAfhandelingsbericht: { waarde: verzuimAfhandelingsbericht(), bron: '001 §3.2', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
    },
  },
} satisfies InstructieInvoer;
