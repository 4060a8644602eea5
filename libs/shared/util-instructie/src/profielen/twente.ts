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
  verlofOntvangstbevestiging,
  verlofWaarschuwingKorteTermijn,
  verlofDoorzendingOuders,
  verlofDoorzendingSchoolleider,
  verlofVakantieverlofVerwijzing,
  verlofVerzoekAanvulling,
  verlofBesluit,
  verlofBuitenBehandeling,
  bezwaarclausule,
  bezwaarOntvangstbevestiging,
  besluitOpBezwaar,
  kennisgevingOntvangstbevestiging,
  vrijstellingToestemmingsverzoek,
  vrijstellingOnderzoeksverzoek,
  vrijstellingUitnodigingToelichting,
  vrijstellingVerlengingsbericht,
  vrijstellingBewijsBuitenland,
  vrijstellingBevestiging,
  vrijstellingInschrijvingsopdracht,
  vrijstellingArbeidsinspectie,
  vrijstellingBurgerzakenSignaal,
  art15Besluit,
  vervangendeLeerplichtInformatieOntwerpers,
  vervangendeLeerplichtBesluit,
  vervangendeLeerplichtArbeidsinspectie,
  schoolErkenningVerzoekInspectie,
  schoolNietErkendOuders,
  aanwijzingDeskundige,
} from './brieven';
import { MAS_FASEN } from './mas';

const CONCEPTTEKST = 'concepttekst (not in sources); de gemeente stelt de brieftekst vast';
const PLAATSAANDUIDING = 'de wet geeft geen waarde; plaatsaanduiding, de gemeente levert de waarde uit haar instructie aan';

/**
 * Enschede (Twente): 004 is only the explanation (toelichting) of the combined leerplicht/DSP
 * instruction; the instruction text itself is not available (domain README §2, §7). Everything
 * 004 does not state is aan-te-leveren, with the Lpw/Awb default as value where the law gives
 * one. Values the law fixes for everybody (Lpw art 21a threshold, Awb art 6:7, Selectielijst) are
 * wettelijk-standaard, as in every profile.
 */
export const TWENTE = {
  profiel: 'twente',
  versie: '2023.1',
  geldigVanaf: '2023-04-20',
  bronnen: ['004'],
  gemeenten: [
    {
      code: '0153',
      naam: 'Enschede',
      vakantieregio: 'noord',
      briefhoofd: {
        logoTekst: 'Gemeente Enschede',
        afdeling: 'Team Leerplicht/DSP',
        postadres: 'Postbus 1234, 7500 AB Enschede',
        contact: 'telefoon 053 000 00 00, leerplicht@enschede.example',
        ondertekenaar: { naam: 'P. Meijer', functie: 'medewerker leerplicht' },
        bezwaarAdres: 'Het college van burgemeester en wethouders van Enschede, Postbus 1234, 7500 AB Enschede',
      },
    },
  ],
  regels: {
    instructie: {
      geldigVanaf: {
        waarde: '2023-04-20',
        bron: '004 inleiding',
        status: 'aan-te-leveren',
        opmerking:
          '004 noemt geen datum; het spreekt van "DSP" (Doorstroompunt, naam sinds 20 april 2023), dus dat is een ondergrens. Gemeente levert de werkelijke datum aan.',
      },
      citeertitel: {
        waarde: 'Instructie leerplicht en Doorstroompunt Enschede',
        bron: '004 inleiding',
        status: 'aan-te-leveren',
        opmerking: 'de titel van de instructie zelf staat niet in 004 (not in sources)',
      },
    },
    scope: {
      doorstroompuntInInstructie: {
        waarde: true,
        bron: '004 inleiding',
        status: 'vastgesteld',
        opmerking: 'combinatiefunctie leerplicht en DSP; jongeren worden bij 18 jaar aan het DSP overgedragen (004 Hfst 4)',
      },
    },
    administratie: {
      populatieLeeftijd: {
        waarde: { van: 5, totEnMet: 17 },
        bron: 'Lpw art 3, 4a, 19 (standaard; 004 zwijgt)',
        status: 'aan-te-leveren',
        opmerking: 'leerplicht vanaf 5, kwalificatieplicht tot 18; bij de combinatiefunctie kan de gemeente ruimer kiezen (000: 4 t/m 22)',
      },
      brpMutatieFrequentie: {
        aantal: 1,
        eenheid: 'weken',
        bron: 'Lpw art 19; Lpr art 3 (geen wettelijke frequentie; 004 zwijgt)',
        status: 'aan-te-leveren',
        opmerking: PLAATSAANDUIDING,
      },
      inschrijvingscontrole: {
        waarde: { beginSchooljaar: true, frequentie: 'periodiek' },
        bron: 'Lpw art 19 (geen wettelijke frequentie; 004 zwijgt)',
        status: 'aan-te-leveren',
        opmerking: PLAATSAANDUIDING,
      },
    },
    absoluutVerzuim: {
      reactietermijn: {
        aantal: 10,
        eenheid: 'werkdagen',
        bron: 'Lpw art 19 (geen wettelijke termijn; 004 zwijgt)',
        status: 'aan-te-leveren',
        opmerking: `${PLAATSAANDUIDING} (10 werkdagen zoals 000 art 3 lid 7)`,
      },
      naTweedeBrief: {
        waarde: 'onderzoek-absoluut-verzuim',
        bron: 'Lpw art 22 lid 1 (standaard; 004 zwijgt)',
        status: 'aan-te-leveren',
      },
      onderzoekUiterlijk: {
        waarde: null,
        bron: 'Lpw art 22 lid 1 (geen wettelijke termijn; 004 zwijgt)',
        status: 'aan-te-leveren',
        opmerking: '004 Hfst 2.1: contact met de ouders heeft bij absoluut verzuim de hoogste prioriteit, zonder termijn',
      },
      vervolgAdviesNietOpgevolgd: {
        waarde: 'pv-mogelijk-svb-16-17',
        bron: 'Lpw art 22; AKW art 7 (standaard; 004 zwijgt)',
        status: 'aan-te-leveren',
      },
      buitenlandseStudenten: {
        waarde: true,
        bron: '004 Hfst 2.1',
        status: 'vastgesteld',
        opmerking:
          'administratieve werkwijze voor buitenlandse minderjarige hbo/wo-studenten, "art 6 lid 9" van de instructie; de werkwijze zelf is niet beschikbaar (not in sources)',
      },
    },
    verzuim: {
      terugkoppelingTermijn: {
        aantal: 1,
        eenheid: 'weken',
        bron: 'Lpw art 21a (standaard; 004 zwijgt)',
        status: 'aan-te-leveren',
      },
      eersteContact: {
        waarde: 'zo-snel-mogelijk',
        bron: 'Lpw art 22 lid 1 (geen wettelijke termijn; 004 zwijgt)',
        status: 'aan-te-leveren',
      },
      triageDoorAdmin: {
        waarde: false,
        bron: 'Lpw art 22 lid 1 (standaard; 004 zwijgt)',
        status: 'aan-te-leveren',
        opmerking: 'de wet legt het onderzoek bij de ambtenaar',
      },
      gespreksverslagAfschrift: {
        waarde: 'op-verzoek',
        bron: 'AVG art 15 (standaard; 004 zwijgt)',
        status: 'aan-te-leveren',
      },
      wettelijkVerzuimDrempel: {
        waarde: { uren: 16, lesweken: 4 },
        bron: 'Lpw art 21a',
        status: 'wettelijk-standaard',
        opmerking: '004 Hfst 2.2: preventieve spreekuren op vo-scholen; ook dan doet de school een DUO-melding als grondslag',
      },
      eersteContactTermijn: { aantal: 3, eenheid: 'werkdagen', bron: 'Lpw art 22 lid 1 (004 zwijgt)', status: 'aan-te-leveren', opmerking: PLAATSAANDUIDING },
      contactJongereVanafLeeftijd: { waarde: 12, bron: 'Lpw art 22 lid 1 (004 zwijgt)', status: 'aan-te-leveren', opmerking: PLAATSAANDUIDING },
      nietDoorDirecteur: { waarde: 'geen', bron: 'Lpw art 21 (004 zwijgt)', status: 'aan-te-leveren', opmerking: PLAATSAANDUIDING },
      zatTerugkoppeling: { waarde: 'met-toestemming', bron: '004 Hfst 2.3 (samenwerking; voorwaarden niet genoemd)', status: 'aan-te-leveren', opmerking: PLAATSAANDUIDING },
      fasen: { waarde: MAS_FASEN, bron: 'MAS (004 zwijgt)', status: 'aan-te-leveren', opmerking: PLAATSAANDUIDING },
      toestemmingJongereVanafLeeftijd: { waarde: 16, bron: 'privacy-retentie.md §7 (004 zwijgt)', status: 'aan-te-leveren', opmerking: PLAATSAANDUIDING },
      afsluitberichten: {
        waarde: { melderSchriftelijk: true, ouders: true, jongereVanafLeeftijd: 12 },
        bron: 'Lpw art 22 (004 zwijgt)',
        status: 'aan-te-leveren',
        opmerking: PLAATSAANDUIDING,
      },
      luxeVerzuimDrempelbezoek: { waarde: false, bron: '004 zwijgt', status: 'aan-te-leveren', opmerking: PLAATSAANDUIDING },
      teLaatLadder: {
        waarde: null,
        bron: '004 Hfst 1 (Twentse aanwezigheidskaart)',
        status: 'aan-te-leveren',
        opmerking: 'de stappen van de Twentse aanwezigheidskaart staan niet in de bronnen (not in sources)',
      },
      meldgrens: { waarde: { po: 16, vo: 16, mbo: 16 }, bron: 'Lpw art 21a; 004 Hfst 2.2', status: 'wettelijk-standaard' },
      eersteOvertredingTerugkijktermijn: { waarde: { aantal: 2, eenheid: 'jaren' }, bron: '004 zwijgt', status: 'aan-te-leveren', opmerking: PLAATSAANDUIDING },
      thuiszitterBeoordeling: { waarde: null, bron: '004 Hfst 2.3 (geen termijn)', status: 'aan-te-leveren', opmerking: PLAATSAANDUIDING },
      achttienPlus: { waarde: 'doorstroompunt', bron: '004 Hfst 4', status: 'vastgesteld', opmerking: 'jongeren gaan bij 18 over naar de DSP' },
    },
    handhaving: {
      waarschuwingCriteria: {
        waarde: 'alle',
        bron: 'Lpw art 22 (geen wettelijke waarschuwingsregeling; 004 zwijgt)',
        status: 'aan-te-leveren',
        opmerking: `${PLAATSAANDUIDING} (strengste lezing, zoals 000 art 6 lid 14)`,
      },
      waarschuwingVoorwaarden: {
        waarde: [
          'verwijtbaar-zonder-kennelijke-opzet',
          'eerste-overtreding-met-zorg',
          'licht-verzuim-minder-dan-16-uur-in-4-weken',
        ],
        bron: 'Lpw art 22 (geen wettelijke waarschuwingsregeling; 004 zwijgt)',
        status: 'aan-te-leveren',
        opmerking: PLAATSAANDUIDING,
      },
      collegialeConsultatie: {
        waarde: true,
        bron: 'Lpw art 22 (geen wettelijke waarde; 004 zwijgt)',
        status: 'aan-te-leveren',
        opmerking: PLAATSAANDUIDING,
      },
      luxeVerzuimEersteKeerMaxDagenWaarschuwing: {
        waarde: null,
        bron: 'Lpw art 22 (standaard; 004 zwijgt)',
        status: 'aan-te-leveren',
      },
      luxeVerzuimPvVerplichtBovenDagen: {
        waarde: null,
        bron: 'Lpw art 22 (standaard; 004 zwijgt)',
        status: 'aan-te-leveren',
      },
    },
    verlof: {
      beslistermijn: {
        aantal: 8,
        eenheid: 'weken',
        bron: 'Awb art 4:13 lid 2 (standaard; 004 zwijgt)',
        status: 'aan-te-leveren',
      },
      hersteltermijn: {
        waarde: { min: { aantal: 1, eenheid: 'weken' }, max: { aantal: 3, eenheid: 'weken' } },
        bron: 'Awb art 4:5 (termijn te stellen door het bestuursorgaan; 004 zwijgt)',
        status: 'aan-te-leveren',
        opmerking: 'Awb art 4:5 noemt geen aantal weken; 1–3 weken volgt 000 art 5 lid 2 en 003 art 5 lid 2 a',
      },
      bezwaartermijn: { aantal: 6, eenheid: 'weken', bron: 'Awb art 6:7', status: 'wettelijk-standaard' },
      doorzendenTotEnMetSchooldagen: { waarde: 10, bron: 'Lpw art 14 lid 1 (004 zwijgt)', status: 'wettelijk-standaard' },
      verklaringIndicatie: { waarde: ['ggd-arts', 'specialistische-jeugdhulpaanbieder', 'sociale-instantie'], bron: 'Lpw art 14 lid 3 (004 zwijgt)', status: 'aan-te-leveren' },
      waarschuwingVoorVerstrijken: { aantal: 5, eenheid: 'werkdagen', bron: 'Awb art 4:13 (inferred: waarschuwen voor het verstrijken)', status: 'aan-te-leveren' },
      bezwaarprocedure: { waarde: 'advies-commissie-bezwaarschriften', bron: 'Awb hoofdstuk 7 (004 zwijgt)', status: 'aan-te-leveren' },
      bezwaarBeslistermijn: { aantal: 12, eenheid: 'weken', bron: 'Awb art 7:10 lid 1 met art 7:13', status: 'aan-te-leveren' },
    },
    vrijstelling: {
      termijnen: {
        art5aOnderzoek: {
          waarde: null,
          bron: 'Lpw art 7 (geen wettelijke termijn; 004 zwijgt)',
          status: 'aan-te-leveren',
        },
        art5aBericht: {
          waarde: null,
          bron: 'Lpw art 6–7 (geen wettelijke termijn; 004 zwijgt)',
          status: 'aan-te-leveren',
        },
        art5b: {
          waarde: null,
          bron: '004 Hfst 2.1 (toetsingskader, art 11 lid 7 van de instructie; geen termijn bekend)',
          status: 'aan-te-leveren',
          opmerking:
            'jaarlijkse aanvraag; extra uitgebreid onderzoek bij de eerste aanvraag en wanneer het kind 12 wordt; de tekst van het toetsingskader is niet beschikbaar',
        },
        art5c: {
          waarde: null,
          bron: 'Lpw art 9 (geen wettelijke termijn; 004 zwijgt)',
          status: 'aan-te-leveren',
        },
      },
      inschrijftermijn: {
        aantal: 20,
        eenheid: 'werkdagen',
        bron: 'Lpw art 6 (geen wettelijke termijn; 004 zwijgt)',
        status: 'aan-te-leveren',
        opmerking: `${PLAATSAANDUIDING} (20 werkdagen zoals 000, 001 en 003)`,
      },
      verklaringMaxOuderdom: { aantal: 3, eenheid: 'maanden', bron: 'Lpw art 7 lid 1', status: 'wettelijk-standaard' },
      arbeidsinspectie: { waarde: null, bron: '004 zwijgt', status: 'aan-te-leveren' },
      art5bUitgebreidOnderzoek: {
        waarde: { eersteKennisgeving: true, vanafLeeftijd: 12 },
        bron: '004 Hfst 2.1',
        status: 'vastgesteld',
        opmerking: 'toetsingskader (art 11 lid 7 van de instructie): uitgebreid onderzoek bij de eerste aanvraag en wanneer het kind 12 wordt; de tekst van het kader is niet beschikbaar',
      },
    },
    vervangendeLeerplicht: {
      gesprekkenTermijn: {
        waarde: null,
        bron: 'Lpw art 3a (geen wettelijke termijn; 004 zwijgt)',
        status: 'aan-te-leveren',
      },
      informerenTermijn: {
        waarde: null,
        bron: 'Lpw art 3a (geen wettelijke termijn; 004 zwijgt)',
        status: 'aan-te-leveren',
      },
      beslistermijn: { aantal: 4, eenheid: 'weken', bron: 'Lpw art 3a–3c', status: 'wettelijk-standaard' },
      afschriftTermijn: { aantal: 2, eenheid: 'weken', bron: 'Lpw art 3a–3c', status: 'wettelijk-standaard' },
      minimumLeeftijd: { waarde: 14, bron: 'Lpw art 3a lid 1 (004 zwijgt)', status: 'wettelijk-standaard' },
      arbeidsinspectie: { waarde: 'alleen-3b', bron: 'Lpw art 3b; Lpr art 5 (004 zwijgt)', status: 'aan-te-leveren' },
      belastbaarheidsverklaring: { waarde: false, bron: '004 zwijgt', status: 'aan-te-leveren' },
    },
    schoolErkenning: {
      inspectieAdviestermijn: { aantal: 6, eenheid: 'weken', bron: '004 zwijgt', status: 'aan-te-leveren' },
      oudersInformerenTermijn: { aantal: 7, eenheid: 'kalenderdagen', bron: '004 zwijgt; 000 art 13 lid 3 en 003 art 12 lid 4 als standaard', status: 'aan-te-leveren' },
    },
    dossier: {
      gronden: {
        waarde: ['vervangende-leerplicht', 'vrijstelling-inschrijving', 'vrijstelling-schoolbezoek', 'absoluut-verzuim', 'relatief-of-overig-verzuim', 'voortijdig-schoolverlaten', 'verzuimmelding'],
        bron: 'Lpw art 16 en 19 (standaard; 004 zwijgt)',
        status: 'aan-te-leveren',
        opmerking: PLAATSAANDUIDING,
      },
      velden: {
        waarde: ['kennisgeving-vrijstelling-inschrijving', 'kennisgeving-verzuim', 'verzuimoverzicht-school', 'verlof-vrijstelling', 'correspondentie', 'gespreksverslag', 'notitie', 'diploma', 'persoonlijke-omstandigheden', 'afwijking-mas', 'afspraken-vervangende-leerplicht', 'advies-absoluut-verzuim'],
        bron: 'Lpw art 16 en 19 (standaard; 004 zwijgt)',
        status: 'aan-te-leveren',
        opmerking: PLAATSAANDUIDING,
      },
    },
    privacy: {
      wpgGrens: {
        verzuimmelding: {
          waarde: 'AVG',
          bron: 'Wpg; AVG (grens niet bekend; 004 zwijgt)',
          status: 'aan-te-leveren',
          opmerking:
            'standaardgrens "verhoor" (privacy-retentie.md §2.2, inferred); 004 Hfst 2.2: werkwijze preventief spreekuur afgestemd met de functionaris gegevensbescherming',
        },
        verzuimzaak: {
          waarde: 'AVG',
          bron: 'Wpg; AVG (grens niet bekend; 004 zwijgt)',
          status: 'aan-te-leveren',
          opmerking: 'standaardgrens "verhoor" (privacy-retentie.md §2.2, inferred)',
        },
        handhaving: { waarde: 'Wpg', bron: 'Wpg; 004 inleiding (BOA verondersteld)', status: 'wettelijk-standaard' },
      },
    },
    retentie: {
      leerplichtJarenNaGeboorte: { waarde: 19, bron: 'Selectielijst 2020 cat 12.1.3 (004 zwijgt)', status: 'wettelijk-standaard' },
      kwalificatieplichtJarenNaEinde: { waarde: 2, bron: 'Selectielijst 2020 cat 12.1.4 (004 zwijgt)', status: 'wettelijk-standaard' },
      wpgJaren: {
        waarde: 5,
        bron: 'Wpg (bewaartermijn opsporingsgegevens BOA; 004 zwijgt)',
        status: 'wettelijk-standaard',
        opmerking: 'start: einde van de verwerking voor de zaak (inferred); artikel verifiëren op wetten.overheid.nl',
      },
    },
    brieven: {
      ondertekening: { waarde: ONDERTEKENING, bron: 'Lpw art 19, art 22 lid 1', status: 'wettelijk-standaard' },
      absoluutVerzuimEersteBrief: {
        waarde: absoluutVerzuimEersteBrief(),
        bron: 'Lpw art 19 (004 zwijgt)',
        status: 'aan-te-leveren',
        opmerking: CONCEPTTEKST,
      },
      absoluutVerzuimTweedeBrief: {
        waarde: absoluutVerzuimTweedeBrief(
          'Als wij opnieuw geen reactie ontvangen en geen geldige inschrijving kunnen vaststellen, stelt de medewerker leerplicht een onderzoek in naar absoluut verzuim. Een leerplichtige of kwalificatieplichtige jongere niet laten inschrijven zonder vrijstelling is een overtreding van de Leerplichtwet 1969.',
        ),
        bron: 'Lpw art 19, art 22 lid 1 (004 zwijgt)',
        status: 'aan-te-leveren',
        opmerking: CONCEPTTEKST,
      },
      uitschrijvingZonderBestemming: {
        waarde: uitschrijvingZonderBestemmingBrief(),
        bron: 'Lpw art 18 en 19 (standaard; 004 zwijgt)',
        status: 'aan-te-leveren',
        opmerking: CONCEPTTEKST,
      },
      ontvangstbevestigingVerzuimmelding: {
        waarde: ontvangstbevestigingVerzuimmelding(
          'Binnen {{terugkoppelingTermijn}} na ontvangst laten wij u weten welke acties wij naar aanleiding van uw melding ondernemen.',
        ),
        bron: 'Lpw art 21a (004 zwijgt)',
        status: 'aan-te-leveren',
        opmerking: CONCEPTTEKST,
      },
      verzuimTerugkoppelingSchool: { waarde: verzuimTerugkoppelingSchool(), bron: 'Lpw art 21a (004 zwijgt)', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
      verzuimAfsluitingOuders: { waarde: verzuimAfsluitingOuders(), bron: 'Lpw art 22 (004 zwijgt)', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
      verzuimAfsluitingJongere: { waarde: verzuimAfsluitingJongere(), bron: 'Lpw art 22 (004 zwijgt)', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
      verzuimAfhandelingsbericht: { waarde: verzuimAfhandelingsbericht(), bron: 'Lpw art 22 (004 zwijgt)', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
      verlofOntvangstbevestiging: { waarde: verlofOntvangstbevestiging(), bron: 'Lpw art 14 lid 3; Awb art 4:13 (004 zwijgt)', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
      verlofWaarschuwingKorteTermijn: { waarde: verlofWaarschuwingKorteTermijn(), bron: 'Lpw art 2, 26; Awb art 4:13 (004 zwijgt)', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
      verlofDoorzendingOuders: { waarde: verlofDoorzendingOuders(), bron: 'Lpw art 14 lid 1; Awb art 2:3 (004 zwijgt)', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
      verlofDoorzendingSchoolleider: { waarde: verlofDoorzendingSchoolleider(), bron: 'Lpw art 14 lid 1; Awb art 2:3 (004 zwijgt)', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
      verlofVakantieverlofVerwijzing: { waarde: verlofVakantieverlofVerwijzing(), bron: 'Lpw art 11 onder f, art 13a; Awb art 2:3 (004 zwijgt)', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
      verlofVerzoekAanvulling: { waarde: verlofVerzoekAanvulling(), bron: 'Awb art 4:5, 4:15 (004 zwijgt)', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
      verlofBesluit: { waarde: verlofBesluit(), bron: 'Lpw art 14 lid 3; Awb art 3:46 (004 zwijgt)', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
      verlofBuitenBehandeling: { waarde: verlofBuitenBehandeling(), bron: 'Awb art 4:5 (004 zwijgt)', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
      bezwaarclausule: { waarde: bezwaarclausule('advies-commissie-bezwaarschriften'), bron: 'Awb art 3:45, 6:5, 6:7, hoofdstuk 7 (004 zwijgt)', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
      bezwaarOntvangstbevestiging: { waarde: bezwaarOntvangstbevestiging('advies-commissie-bezwaarschriften'), bron: 'Awb art 6:14, 7:10 (004 zwijgt)', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
      besluitOpBezwaar: { waarde: besluitOpBezwaar('rechtbank Overijssel'), bron: 'Awb art 7:11, 7:12, 8:7 lid 1 (004 zwijgt)', status: 'aan-te-leveren', opmerking: `rechtbank van het arrondissement waar de gemeente zetelt (Awb art 8:7 lid 1); ${CONCEPTTEKST}` },
      kennisgevingOntvangstbevestiging: { waarde: kennisgevingOntvangstbevestiging(), bron: 'Lpw art 6 (004 zwijgt)', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
      vrijstellingToestemmingsverzoek: { waarde: vrijstellingToestemmingsverzoek('het samenwerkingsverband passend onderwijs'), bron: 'Lpw art 7 (004 zwijgt)', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
      vrijstellingOnderzoeksverzoek: { waarde: vrijstellingOnderzoeksverzoek(), bron: 'Lpw art 7 (004 zwijgt)', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
      vrijstellingUitnodigingToelichting: {
        waarde: vrijstellingUitnodigingToelichting([
          'Bij een eerste kennisgeving en in het jaar waarin {{jongereNaam}} 12 jaar wordt, onderzoeken wij uw kennisgeving uitgebreider. Dan spreken wij ook graag met {{jongereNaam}} zelf over de eigen wensen.',
        ]),
        bron: '004 Hfst 2.1; Lpw art 5 onder b',
        status: 'aan-te-leveren',
        opmerking: `004 Hfst 2.1: uitgebreider onderzoek bij de eerste kennisgeving en wanneer het kind 12 wordt; het toetsingskader zelf ontbreekt; ${CONCEPTTEKST}`,
      },
      vrijstellingVerlengingsbericht: { waarde: vrijstellingVerlengingsbericht(), bron: 'Lpw art 5 onder b (004 zwijgt)', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
      vrijstellingBewijsBuitenland: { waarde: vrijstellingBewijsBuitenland(), bron: 'Lpw art 5 onder c (004 zwijgt)', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
      vrijstellingBevestiging: { waarde: vrijstellingBevestiging(), bron: 'Lpw art 6 (004 zwijgt)', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
      vrijstellingInschrijvingsopdracht: { waarde: vrijstellingInschrijvingsopdracht(), bron: 'Lpw art 2 lid 1, art 5 (004 zwijgt)', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
      vrijstellingArbeidsinspectie: { waarde: vrijstellingArbeidsinspectie(), bron: 'Lpw art 5 (004 zwijgt)', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
      vrijstellingBurgerzakenSignaal: { waarde: vrijstellingBurgerzakenSignaal(), bron: 'Lpw art 5 onder c (004 zwijgt)', status: 'aan-te-leveren', opmerking: 'alleen 003 toelichting art 11 noemt dit signaal; concepttekst, de gemeente beslist of zij het gebruikt' },
      art15Besluit: { waarde: art15Besluit('een startkwalificatie'), bron: 'Lpw art 15 (004 zwijgt)', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
      vervangendeLeerplichtInformatieOntwerpers: { waarde: vervangendeLeerplichtInformatieOntwerpers(), bron: 'Lpw art 3a, 3b (004 zwijgt)', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
      vervangendeLeerplichtBesluit: { waarde: vervangendeLeerplichtBesluit(), bron: 'Lpw art 3a, 3b (004 zwijgt)', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
      vervangendeLeerplichtArbeidsinspectie: { waarde: vervangendeLeerplichtArbeidsinspectie(), bron: 'Lpw art 3b; Lpr art 5 (004 zwijgt)', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
      schoolErkenningVerzoekInspectie: { waarde: schoolErkenningVerzoekInspectie(), bron: 'Lpw art 2 lid 1 (004 zwijgt)', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
      schoolNietErkendOuders: { waarde: schoolNietErkendOuders(), bron: 'Lpw art 2 lid 1 (004 zwijgt)', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
      aanwijzingDeskundige: { waarde: aanwijzingDeskundige(), bron: 'Lpw art 7 (004 zwijgt)', status: 'aan-te-leveren', opmerking: CONCEPTTEKST },
    },
  },
} satisfies InstructieInvoer;
