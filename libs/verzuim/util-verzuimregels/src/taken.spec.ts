import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { NederlandseKalender } from '@leerrecht/shared/util-kalender';
import { TAAK_OMSCHRIJVING, TAAK_SOORTEN, takenBijOpening, takenNaGesprek, zatTerugkoppelingToegestaan, type TakenBijOpeningInvoer } from './taken';
import type { Regels } from './verzuimregels.types';

const kalender = new NederlandseKalender();
const register = InstructieRegister.laad();
const zwolle = register.voorGemeente('0193'); // IJssel-Vecht (000 + 002), regio noord
const noordoostpolder = register.voorGemeente('0171'); // 001, regio noord
const heuvelrug = register.voorGemeente('1581'); // Zuid Oost Utrecht (003), regio midden
const enschede = register.voorGemeente('0153'); // Twente (004), regio noord

type Gemeente = typeof zwolle;

function taken(gemeente: Gemeente, invoer: Partial<TakenBijOpeningInvoer>, regels: Regels = gemeente.regels) {
  return takenBijOpening({
    soort: 'wettelijk',
    leeftijd: 14,
    ontvangstdatum: '2026-03-02',
    verzuimBeginDatum: '2026-02-09',
    melderIsDirecteur: null,
    metMelder: true,
    regels,
    kalender,
    regio: gemeente.vakantieregio,
    ...invoer,
  });
}

describe('the profile values these tests rest on', () => {
  it('IJssel-Vecht: 1 week feedback, 2 werkdagen first contact, youth from 12; Zuid Oost Utrecht: 3 werkdagen; Noordoostpolder: 1 werkdag', () => {
    expect(zwolle.regels.verzuim.terugkoppelingTermijn).toMatchObject({ aantal: 1, eenheid: 'weken' });
    expect(zwolle.regels.verzuim.eersteContactTermijn).toMatchObject({ aantal: 2, eenheid: 'werkdagen' });
    expect(zwolle.regels.verzuim.contactJongereVanafLeeftijd.waarde).toBe(12);
    expect(heuvelrug.regels.verzuim.eersteContactTermijn).toMatchObject({ aantal: 3, eenheid: 'werkdagen' });
    expect(noordoostpolder.regels.verzuim.eersteContactTermijn).toMatchObject({ aantal: 1, eenheid: 'werkdagen' });
  });
});

describe('takenBijOpening: the prescribed tasks when a zaak opens', () => {
  it.each([
    {
      // Fri 18 Dec 2026 + 1 week = Fri 25 Dec (Eerste Kerstdag) → Sat, Sun → Mon 28 Dec (Atw art 1 lid 1).
      // First contact: 2 werkdagen after Fri 18 Dec = Mon 21 (1), Tue 22 (2).
      geval: 'Lpw art 21a lid 6; 000 art 6 lid 1, lid 2: received Friday 18 December 2026, age 14 (IJssel-Vecht)',
      gemeente: zwolle,
      invoer: { ontvangstdatum: '2026-12-18' },
      verwacht: [
        { soort: 'terugkoppeling-melder', uiterlijk: '2026-12-28', bron: 'Lpw art 21a lid 6; 000 art 6 lid 1' },
        { soort: 'contact-ouders', uiterlijk: '2026-12-22', bron: '000 art 6 lid 2' },
        { soort: 'contact-jongere', uiterlijk: '2026-12-22', bron: '000 art 6 lid 2' },
      ],
    },
    {
      // Wed 23 Dec 2026 + 2 werkdagen: Thu 24 (1); Fri 25 and Sat 26 Kerstdagen, Sun 27; Mon 28 (2).
      // Feedback: Wed 23 + 7 = Wed 30 Dec, a werkdag. Age 11: no contact with the youth yet.
      geval: '000 art 6 lid 2: received Wednesday 23 December 2026, age 11 (IJssel-Vecht)',
      gemeente: zwolle,
      invoer: { ontvangstdatum: '2026-12-23', leeftijd: 11, soort: 'overig' as const },
      verwacht: [
        { soort: 'terugkoppeling-melder', uiterlijk: '2026-12-30', bron: 'Lpw art 21a lid 6; 000 art 6 lid 1' },
        { soort: 'contact-ouders', uiterlijk: '2026-12-28', bron: '000 art 6 lid 2' },
      ],
    },
    {
      geval: '000 art 6 lid 2 "12 jaar of ouder": age 12 (IJssel-Vecht)',
      gemeente: zwolle,
      invoer: { ontvangstdatum: '2026-12-23', leeftijd: 12 },
      verwacht: [
        { soort: 'terugkoppeling-melder', uiterlijk: '2026-12-30', bron: 'Lpw art 21a lid 6; 000 art 6 lid 1' },
        { soort: 'contact-ouders', uiterlijk: '2026-12-28', bron: '000 art 6 lid 2' },
        { soort: 'contact-jongere', uiterlijk: '2026-12-28', bron: '000 art 6 lid 2' },
      ],
    },
    {
      geval: '000 art 6 lid 1: not filed by the director → contact the staff member who filed it (IJssel-Vecht)',
      gemeente: zwolle,
      invoer: { melderIsDirecteur: false },
      verwacht: [
        { soort: 'terugkoppeling-melder', uiterlijk: '2026-03-09', bron: 'Lpw art 21a lid 6; 000 art 6 lid 1' },
        { soort: 'contact-melder', uiterlijk: '2026-03-04', bron: '000 art 6 lid 1' },
        { soort: 'contact-ouders', uiterlijk: '2026-03-04', bron: '000 art 6 lid 2' },
        { soort: 'contact-jongere', uiterlijk: '2026-03-04', bron: '000 art 6 lid 2' },
      ],
    },
    {
      geval: '000 art 6 lid 1: filed by the director → no extra task (IJssel-Vecht)',
      gemeente: zwolle,
      invoer: { melderIsDirecteur: true, leeftijd: 9 },
      verwacht: [
        { soort: 'terugkoppeling-melder', uiterlijk: '2026-03-09', bron: 'Lpw art 21a lid 6; 000 art 6 lid 1' },
        { soort: 'contact-ouders', uiterlijk: '2026-03-04', bron: '000 art 6 lid 2' },
      ],
    },
    {
      // 1 werkdag after Wed 23 Dec 2026 = Thu 24 Dec.
      geval: '001 §3.1: not filed by the director → contact the director; first contact "direct" (Noordoostpolder)',
      gemeente: noordoostpolder,
      invoer: { ontvangstdatum: '2026-12-23', melderIsDirecteur: false },
      verwacht: [
        { soort: 'terugkoppeling-melder', uiterlijk: '2026-12-30', bron: 'Lpw art 21a (001 §3.1 noemt geen termijn)' },
        { soort: 'contact-directeur', uiterlijk: '2026-12-24', bron: '001 §3.1' },
        { soort: 'contact-ouders', uiterlijk: '2026-12-24', bron: '001 §3.1' },
        { soort: 'contact-jongere', uiterlijk: '2026-12-24', bron: '001 §3.1' },
      ],
    },
    {
      // 3 werkdagen after Wed 23 Dec 2026: Thu 24 (1), Mon 28 (2), Tue 29 (3).
      geval: '003 art 6 lid 1 b, lid 2 a, c: no rule for a melding not filed by the director (Zuid Oost Utrecht)',
      gemeente: heuvelrug,
      invoer: { ontvangstdatum: '2026-12-23', melderIsDirecteur: false },
      verwacht: [
        { soort: 'terugkoppeling-melder', uiterlijk: '2026-12-30', bron: '003 art 6 lid 1 b; Lpw art 21a' },
        { soort: 'contact-ouders', uiterlijk: '2026-12-29', bron: '003 art 6 lid 2 a' },
        { soort: 'contact-jongere', uiterlijk: '2026-12-29', bron: '003 art 6 lid 2 c' },
      ],
    },
    {
      geval: '002 §7: luxe verzuim → drempelbezoek (IJssel-Vecht)',
      gemeente: zwolle,
      invoer: { soort: 'luxe' as const, leeftijd: 9 },
      verwacht: [
        { soort: 'terugkoppeling-melder', uiterlijk: '2026-03-09', bron: 'Lpw art 21a lid 6; 000 art 6 lid 1' },
        { soort: 'contact-ouders', uiterlijk: '2026-03-04', bron: '000 art 6 lid 2' },
        { soort: 'drempelbezoek', uiterlijk: '2026-03-04', bron: '002 §7' },
      ],
    },
    {
      geval: '003 art 6 lid 11: luxe verzuim without drempelbezoek (Zuid Oost Utrecht)',
      gemeente: heuvelrug,
      invoer: { soort: 'luxe' as const, leeftijd: 9 },
      verwacht: [
        { soort: 'terugkoppeling-melder', uiterlijk: '2026-03-09', bron: '003 art 6 lid 1 b; Lpw art 21a' },
        { soort: 'contact-ouders', uiterlijk: '2026-03-05', bron: '003 art 6 lid 2 a' },
      ],
    },
    {
      // Thuiszitter: 4 weeks after Fri 6 Mar 2026 = Fri 3 Apr (Goede Vrijdag, Atw art 3 lid 2) → Sat, Sun,
      // Mon 6 Apr (Tweede Paasdag) → Tue 7 Apr. Feedback: Mon 30 Mar + 7 = Mon 6 Apr → Tue 7 Apr.
      geval: '002 §7: langdurig relatief verzuim → thuiszitter-beoordeling 4 weeks after the absence began (IJssel-Vecht)',
      gemeente: zwolle,
      invoer: { soort: 'langdurig-relatief' as const, leeftijd: 15, ontvangstdatum: '2026-03-30', verzuimBeginDatum: '2026-03-06' },
      verwacht: [
        { soort: 'terugkoppeling-melder', uiterlijk: '2026-04-07', bron: 'Lpw art 21a lid 6; 000 art 6 lid 1' },
        { soort: 'contact-ouders', uiterlijk: '2026-04-01', bron: '000 art 6 lid 2' },
        { soort: 'contact-jongere', uiterlijk: '2026-04-01', bron: '000 art 6 lid 2' },
        { soort: 'thuiszitter-beoordeling', uiterlijk: '2026-04-07', bron: '002 §7 (Werkwijzer voor de leerplichtambtenaar)' },
      ],
    },
    {
      geval: '001 Bijlage 4: no thuiszitter term in Noordoostpolder',
      gemeente: noordoostpolder,
      invoer: { soort: 'langdurig-relatief' as const, leeftijd: 9 },
      verwacht: [
        { soort: 'terugkoppeling-melder', uiterlijk: '2026-03-09', bron: 'Lpw art 21a (001 §3.1 noemt geen termijn)' },
        { soort: 'contact-ouders', uiterlijk: '2026-03-03', bron: '001 §3.1' },
      ],
    },
    {
      geval: '000 art 7 lid 3: 18 or older → no parents; first the school, then the youth (IJssel-Vecht, own officer)',
      gemeente: zwolle,
      invoer: { leeftijd: 18 },
      verwacht: [
        { soort: 'terugkoppeling-melder', uiterlijk: '2026-03-09', bron: 'Lpw art 21a lid 6; 000 art 6 lid 1' },
        { soort: 'contact-school', uiterlijk: '2026-03-04', bron: '000 art 7 lid 3; verzuim.md §13' },
        { soort: 'uitnodiging-jongere', uiterlijk: '2026-03-04', bron: '000 art 7 lid 3' },
      ],
    },
    {
      geval: '000 art 7; verzuim.md §13 rule 4: an achttien-plus case at 17 has no parents either',
      gemeente: zwolle,
      invoer: { soort: 'achttien-plus' as const, leeftijd: 17 },
      verwacht: [
        { soort: 'terugkoppeling-melder', uiterlijk: '2026-03-09', bron: 'Lpw art 21a lid 6; 000 art 6 lid 1' },
        { soort: 'contact-school', uiterlijk: '2026-03-04', bron: '000 art 7 lid 3; verzuim.md §13' },
        { soort: 'uitnodiging-jongere', uiterlijk: '2026-03-04', bron: '000 art 7 lid 3' },
      ],
    },
    {
      geval: '000 art 7: luxe verzuim at 18 brings no drempelbezoek (Lpw obligations end at 18)',
      gemeente: zwolle,
      invoer: { soort: 'luxe' as const, leeftijd: 18 },
      verwacht: [
        { soort: 'terugkoppeling-melder', uiterlijk: '2026-03-09', bron: 'Lpw art 21a lid 6; 000 art 6 lid 1' },
        { soort: 'contact-school', uiterlijk: '2026-03-04', bron: '000 art 7 lid 3; verzuim.md §13' },
        { soort: 'uitnodiging-jongere', uiterlijk: '2026-03-04', bron: '000 art 7 lid 3' },
      ],
    },
    {
      geval: '003 inleiding: 18+ → also overdracht to the Doorstroompunt, no term (Zuid Oost Utrecht)',
      gemeente: heuvelrug,
      invoer: { soort: 'achttien-plus' as const, leeftijd: 19 },
      verwacht: [
        { soort: 'terugkoppeling-melder', uiterlijk: '2026-03-09', bron: '003 art 6 lid 1 b; Lpw art 21a' },
        { soort: 'contact-school', uiterlijk: '2026-03-05', bron: '000 art 7 lid 3; verzuim.md §13' },
        { soort: 'uitnodiging-jongere', uiterlijk: '2026-03-05', bron: '000 art 7 lid 3' },
        { soort: 'overdracht-doorstroompunt', uiterlijk: null, bron: '003 inleiding (de Doorstroompunt valt buiten deze instructie)' },
      ],
    },
    {
      geval: '004 Hfst 4: 18+ → overdracht to the DSP (Twente)',
      gemeente: enschede,
      invoer: { soort: 'achttien-plus' as const, leeftijd: 18 },
      verwacht: [
        { soort: 'terugkoppeling-melder', uiterlijk: '2026-03-09', bron: 'Lpw art 21a (standaard; 004 zwijgt)' },
        { soort: 'contact-school', uiterlijk: '2026-03-05', bron: '000 art 7 lid 3; verzuim.md §13' },
        { soort: 'uitnodiging-jongere', uiterlijk: '2026-03-05', bron: '000 art 7 lid 3' },
        { soort: 'overdracht-doorstroompunt', uiterlijk: null, bron: '004 Hfst 4' },
      ],
    },
    {
      // First contact: 3 werkdagen after Tue 31 Mar 2026 = Wed 1 (1), Thu 2 (2), Goede Vrijdag and
      // Tweede Paasdag skipped, Tue 7 Apr (3). No feedback to a melder: the administration handed it over.
      geval: '003 art 7 lid 1, lid 1 b, lid 2; 000 art 8 lid 2, 5: absolute verzuim with a former school (Zuid Oost Utrecht)',
      gemeente: heuvelrug,
      invoer: { soort: 'absoluut' as const, metMelder: false, ontvangstdatum: '2026-03-31', absoluut: { uiterlijk: '2026-04-09', vorigeSchoolBekend: true } },
      verwacht: [
        { soort: 'start-onderzoek-absoluut-verzuim', uiterlijk: '2026-04-09', bron: '003 art 7 lid 1' },
        { soort: 'zienswijze-vorige-school', uiterlijk: '2026-04-07', bron: '000 art 8 lid 5; 001 §3.2; 003 art 7 lid 1 b' },
        { soort: 'contact-ouders', uiterlijk: '2026-04-07', bron: '000 art 8 lid 2; 003 art 7 lid 2' },
        { soort: 'contact-jongere', uiterlijk: '2026-04-07', bron: '000 art 8 lid 2' },
      ],
    },
    {
      geval: '000 art 8 lid 2: absolute verzuim, age 8, never enrolled, no start term; never feedback to a melder (IJssel-Vecht)',
      gemeente: zwolle,
      invoer: { soort: 'absoluut' as const, leeftijd: 8, metMelder: true, melderIsDirecteur: false, absoluut: { uiterlijk: null, vorigeSchoolBekend: false } },
      verwacht: [
        { soort: 'start-onderzoek-absoluut-verzuim', uiterlijk: null, bron: 'Lpw art 22 lid 1 (geen termijn; 000 art 8 noemt er geen)' },
        { soort: 'contact-ouders', uiterlijk: '2026-03-04', bron: '000 art 8 lid 2; 003 art 7 lid 2' },
      ],
    },
  ])('$geval', ({ gemeente, invoer, verwacht }) => {
    expect(taken(gemeente, invoer)).toEqual(verwacht);
  });

  it('000 art 6 lid 2: the first-contact term and the contact age come from the instructie (hand-built 5 werkdagen, youth from 16)', () => {
    const regels: Regels = {
      ...zwolle.regels,
      verzuim: {
        ...zwolle.regels.verzuim,
        eersteContactTermijn: { ...zwolle.regels.verzuim.eersteContactTermijn, aantal: 5 },
        contactJongereVanafLeeftijd: { ...zwolle.regels.verzuim.contactJongereVanafLeeftijd, waarde: 16 },
      },
    };
    // Mon 2 Mar 2026 + 5 werkdagen = Mon 9 Mar.
    expect(taken(zwolle, { leeftijd: 14 }, regels).map((t) => [t.soort, t.uiterlijk])).toEqual([
      ['terugkoppeling-melder', '2026-03-09'],
      ['contact-ouders', '2026-03-09'],
    ]);
    expect(taken(zwolle, { leeftijd: 16 }, regels).map((t) => t.soort)).toContain('contact-jongere');
  });

  it('003 inleiding: a hand-built IJssel-Vecht with a Doorstroompunt outside the instructie adds the overdracht', () => {
    const regels: Regels = { ...zwolle.regels, verzuim: { ...zwolle.regels.verzuim, achttienPlus: { waarde: 'doorstroompunt', bron: 'test', status: 'vastgesteld' } } };
    expect(taken(zwolle, { leeftijd: 18 }, regels).map((t) => t.soort)).toEqual(['terugkoppeling-melder', 'contact-school', 'uitnodiging-jongere', 'overdracht-doorstroompunt']);
  });

  it.each([
    ['absoluut without its details', { soort: 'absoluut' as const }, 'ONGELDIGE_INVOER', 'absoluut'],
    ['a negative age', { leeftijd: -1 }, 'ONGELDIGE_INVOER', 'leeftijd'],
    ['a broken age', { leeftijd: 12.5 }, 'ONGELDIGE_INVOER', 'leeftijd'],
    ['a bad ontvangstdatum', { ontvangstdatum: '2026-02-29' }, 'ONGELDIGE_DATUM', 'ontvangstdatum'],
    ['a bad verzuimBeginDatum', { verzuimBeginDatum: '29-02-2026' }, 'ONGELDIGE_DATUM', 'verzuimBeginDatum'],
    ['a bad absoluut.uiterlijk', { soort: 'absoluut' as const, absoluut: { uiterlijk: '2026-04-31', vorigeSchoolBekend: false } }, 'ONGELDIGE_DATUM', 'absoluut.uiterlijk'],
  ])('refuses %s', (_wat, invoer, code, veld) => {
    expect(() => taken(zwolle, invoer)).toThrow(expect.objectContaining({ code, veld }));
  });

  it('every task kind has its own Dutch label for the officer', () => {
    const labels = TAAK_SOORTEN.map((soort) => TAAK_OMSCHRIJVING[soort]);
    expect(labels.every((label) => label.trim().length > 0)).toBe(true);
    expect(new Set(labels).size).toBe(TAAK_SOORTEN.length);
    expect(TAAK_OMSCHRIJVING['contact-ouders']).toBe('Contact met de ouders');
  });
});

describe('takenNaGesprek (000 art 6 lid 3; 001 §3.2; 003 art 6 lid 2 d–f)', () => {
  it.each([
    { geval: '000 art 6 lid 3: copy only on request — none asked (IJssel-Vecht)', regels: zwolle.regels, gevraagd: false, verwacht: ['gespreksverslag'], bron: null },
    { geval: '000 art 6 lid 3: copy on request — asked (IJssel-Vecht)', regels: zwolle.regels, gevraagd: true, verwacht: ['gespreksverslag', 'afschrift-gespreksverslag'], bron: '000 art 6 lid 3' },
    { geval: '003 art 6 lid 2 f: copy on request — none asked (Zuid Oost Utrecht)', regels: heuvelrug.regels, gevraagd: false, verwacht: ['gespreksverslag'], bron: null },
    { geval: '001 §3.2: the report is always given (Noordoostpolder)', regels: noordoostpolder.regels, gevraagd: false, verwacht: ['gespreksverslag', 'afschrift-gespreksverslag'], bron: '001 §3.2' },
  ])('$geval', ({ regels, gevraagd, verwacht, bron }) => {
    const resultaat = takenNaGesprek({ afschriftGevraagd: gevraagd, regels });
    expect(resultaat.map((t) => t.soort)).toEqual(verwacht);
    expect(resultaat.every((t) => t.uiterlijk === null)).toBe(true);
    expect(resultaat[0]?.bron).toBe('000 art 6 lid 3; 001 §3.2; 003 art 6 lid 2 d–e');
    if (bron !== null) expect(resultaat[1]?.bron).toBe(bron);
  });
});

describe('zatTerugkoppelingToegestaan (000 art 6 lid 5; 003 art 6 lid 3 a, art 2 lid 5)', () => {
  const geen: Regels = { ...zwolle.regels, verzuim: { ...zwolle.regels.verzuim, zatTerugkoppeling: { waarde: 'geen', bron: 'test: geen', status: 'vastgesteld' } } };

  it.each([
    { geval: '000 art 6 lid 5: already discussed there → allowed (IJssel-Vecht)', regels: zwolle.regels, besproken: true, toestemming: false, toegestaan: true, bron: '000 art 6 lid 5' },
    { geval: '000 art 6 lid 5: not discussed there → not allowed, consent or not (IJssel-Vecht)', regels: zwolle.regels, besproken: false, toestemming: true, toegestaan: false, bron: '000 art 6 lid 5' },
    { geval: '003 art 2 lid 5: with consent → allowed (Zuid Oost Utrecht)', regels: heuvelrug.regels, besproken: false, toestemming: true, toegestaan: true, bron: '003 art 6 lid 3 a; 003 art 2 lid 5' },
    { geval: '003 art 2 lid 5: without consent → not allowed, even if discussed (Zuid Oost Utrecht)', regels: heuvelrug.regels, besproken: true, toestemming: false, toegestaan: false, bron: '003 art 6 lid 3 a; 003 art 2 lid 5' },
    { geval: "configured 'geen' → never", regels: geen, besproken: true, toestemming: true, toegestaan: false, bron: 'test: geen' },
  ])('$geval', ({ regels, besproken, toestemming, toegestaan, bron }) => {
    const uitkomst = zatTerugkoppelingToegestaan({ besprokenInZat: besproken, toestemming, regels });
    expect(uitkomst).toMatchObject({ toegestaan, bron });
    expect(uitkomst.reden.length).toBeGreaterThan(0);
  });
});
