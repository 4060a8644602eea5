import { KalenderError, NederlandseKalender, type Datum, type Kalender, type Vakantieregio } from '@leerrecht/shared/util-kalender';
import { volgendeDag } from './datum';
import { beginLeerplicht, eindeVolledigeLeerplicht, isLeerplichtigOfKwalificatieplichtig, leerplichtStatus } from './leerplicht-status';
import { LeerplichtInvoerFout, type JongereGegevens, type LeerplichtOpties, type PlichtStatus } from './leerplicht.types';

/**
 * A small, explicit test calendar: weekends, a few holidays and a vacation list made up for these
 * tests (not the real OCW dates), so the tests do not depend on the real vacation data.
 */
const FEESTDAGEN = new Set<Datum>(['2025-12-25', '2025-12-26', '2026-01-01']);
const VAKANTIES: Record<Vakantieregio, [Datum, Datum][]> = {
  noord: [
    ['2025-07-12', '2025-08-24'],
    ['2025-12-20', '2026-01-04'],
  ],
  midden: [
    ['2025-07-19', '2025-08-31'],
    ['2025-12-20', '2026-01-04'],
  ],
  // Summer vacation of this made-up 'zuid' runs into September.
  zuid: [
    ['2025-07-26', '2025-09-07'],
    ['2025-12-20', '2026-01-04'],
  ],
};

function isWeekend(datum: Datum): boolean {
  const dag = new Date(`${datum}T00:00:00Z`).getUTCDay();
  return dag === 0 || dag === 6;
}

const TEST_KALENDER: Kalender = {
  isWerkdag: (datum) => !isWeekend(datum) && !FEESTDAGEN.has(datum),
  isSchooldag(datum, regio) {
    return this.isWerkdag(datum) && !VAKANTIES[regio].some(([van, tot]) => van <= datum && datum <= tot);
  },
  plusWerkdagen(datum, aantal) {
    let d = datum;
    for (let n = 0; n < aantal; ) {
      d = volgendeDag(d);
      if (this.isWerkdag(d)) n += 1;
    }
    return d;
  },
  plusSchooldagen(datum, aantal, regio) {
    let d = datum;
    for (let n = 0; n < aantal; ) {
      d = volgendeDag(d);
      if (this.isSchooldag(d, regio)) n += 1;
    }
    return d;
  },
  eersteSchooldagVanMaand(jaar, maand, regio) {
    let d = `${jaar}-${String(maand).padStart(2, '0')}-01`;
    while (!this.isSchooldag(d, regio)) d = volgendeDag(d);
    return d;
  },
};

function jongere(geboortedatum: Datum, extra: Partial<JongereGegevens> = {}): JongereGegevens {
  return { geboortedatum, vakantieregio: 'midden', schoolhistorieVolledig: true, ...extra };
}

const ART3 = 'Lpw art 3 lid 1';
const ART4 = 'Lpw art 4 lid 1';
const ART4A = 'Lpw art 4a';
const ART4A2 = 'Lpw art 4a lid 2';
const GRENS18 = '000 art 1 onder j';
const SCHRIKKEL = 'interpretatie (inferred): verjaardag op 29 februari valt in een niet-schrikkeljaar op 1 maart';
const SCHRIKKEL28 = 'interpretatie (inferred, gemeenteconfiguratie): verjaardag op 29 februari valt in een niet-schrikkeljaar op 28 februari';

describe('test calendar', () => {
  it('has the vacations and holidays the table relies on', () => {
    expect(TEST_KALENDER.eersteSchooldagVanMaand(2026, 1, 'midden')).toBe('2026-01-05');
    expect(TEST_KALENDER.eersteSchooldagVanMaand(2025, 9, 'zuid')).toBe('2025-09-08');
    expect(TEST_KALENDER.eersteSchooldagVanMaand(2025, 9, 'noord')).toBe('2025-09-01');
    expect(TEST_KALENDER.eersteSchooldagVanMaand(2025, 11, 'midden')).toBe('2025-11-03');
  });
});

type Verwacht = Partial<Omit<PlichtStatus, 'reden' | 'bron' | 'aandachtspunten' | 'vrijstellingen'>>;

const SQ_MBO2 = jongere('2010-03-15', { startkwalificatieBehaaldOp: '2027-06-30' });
const HAVO_VROEG = jongere('2010-08-01', { startkwalificatieBehaaldOp: '2027-07-10', schoolhistorieVolledig: false });
const PRO = jongere('2009-05-20', { uitzonderingen: [{ soort: 'praktijkonderwijs-getuigschrift', datum: '2026-07-03' }] });
const VSO = jongere('2009-05-20', { uitzonderingen: [{ soort: 'vso-arbeidsmarktgericht', datum: '2025-07-11' }] });
const VRIJ_5A = jongere('2015-06-10', { vrijstellingen: [{ artikel: '5 onder a', van: '2022-01-01', totEnMet: '2022-12-31' }] });
const DEFENSIE = jongere('2010-03-15', { vrijstellingen: [{ artikel: '15', van: '2027-09-01' }] });
const VROEGE_STARTER = jongere('2011-01-10', { twaalfdeVolledigeSchooljaar: '2025-2026' });
const LATE_TWAALF = jongere('2011-01-10', { twaalfdeVolledigeSchooljaar: '2027-2028' });
const TWEE_OP_28 = { verjaardagOp29Februari: '28-februari' } as const;

describe('leerplichtStatus', () => {
  // prettier-ignore
  const tabel: [string, JongereGegevens, Datum, LeerplichtOpties, Verwacht, string][] = [
    // --- start of leerplicht: first school day of the month after the 5th birthday
    ['birthday on the 1st: day before start', jongere('2020-09-01'), '2025-09-30', {}, { soort: 'niet-leerplichtig-jonger', leeftijd: 5, leerplichtVanaf: '2025-10-01' }, ART3],
    ['birthday on the 1st: day of start', jongere('2020-09-01'), '2025-10-01', {}, { soort: 'leerplichtig', leerplichtVanaf: '2025-10-01' }, ART3],
    ['birthday on the last day of the month: the birthday itself is not yet leerplichtig', jongere('2020-09-30'), '2025-09-30', {}, { soort: 'niet-leerplichtig-jonger', leeftijd: 5, leerplichtVanaf: '2025-10-01' }, ART3],
    ['birthday on the last day of the month: leerplichtig the next day', jongere('2020-09-30'), '2025-10-01', {}, { soort: 'leerplichtig' }, ART3],
    ['month starting on a Saturday: start on the Monday', jongere('2020-10-15'), '2025-11-01', {}, { soort: 'niet-leerplichtig-jonger', leerplichtVanaf: '2025-11-03' }, ART3],
    ['zuid: September starts in the summer vacation, not yet leerplichtig', jongere('2020-08-15', { vakantieregio: 'zuid' }), '2025-09-05', {}, { soort: 'niet-leerplichtig-jonger', leerplichtVanaf: '2025-09-08' }, ART3],
    ['zuid: first school day after the vacation', jongere('2020-08-15', { vakantieregio: 'zuid' }), '2025-09-08', {}, { soort: 'leerplichtig', leerplichtVanaf: '2025-09-08' }, ART3],
    ['noord: same child, region without vacation on 1 September', jongere('2020-08-15', { vakantieregio: 'noord' }), '2025-09-01', {}, { soort: 'leerplichtig', leerplichtVanaf: '2025-09-01' }, ART3],
    ['January: Christmas vacation and New Year, not yet leerplichtig on 2 January', jongere('2020-12-10'), '2026-01-02', {}, { soort: 'niet-leerplichtig-jonger', leerplichtVanaf: '2026-01-05' }, ART3],
    ['January: leerplichtig on the first school day, 5 January', jongere('2020-12-10'), '2026-01-05', {}, { soort: 'leerplichtig', leerplichtVanaf: '2026-01-05' }, ART3],
    ['toddler of 2', jongere('2022-05-05'), '2025-01-01', {}, { soort: 'niet-leerplichtig-jonger', leeftijd: 2, vrijgesteld: false }, ART3],
    // --- end of full leerplicht: 31 July of the school year of the 16th birthday
    ['16 in March: last day 31 July', jongere('2010-03-15'), '2026-07-31', {}, { soort: 'leerplichtig', volledigeLeerplichtTotEnMet: '2026-07-31', eindeLeerplichtGrond: 'leeftijd-16' }, ART4],
    ['16 in March: kwalificatieplichtig from 1 August', jongere('2010-03-15'), '2026-08-01', {}, { soort: 'kwalificatieplichtig', kwalificatieplichtTotEnMet: '2028-03-14' }, ART4A],
    ['16th birthday on 31 July: still leerplichtig that day', jongere('2010-07-31'), '2026-07-31', {}, { soort: 'leerplichtig', leeftijd: 16, volledigeLeerplichtTotEnMet: '2026-07-31' }, ART4],
    ['16th birthday on 31 July: kwalificatieplichtig on 1 August', jongere('2010-07-31'), '2026-08-01', {}, { soort: 'kwalificatieplichtig' }, ART4A],
    ['16th birthday on 1 August: a new school year, one more year of leerplicht', jongere('2010-08-01'), '2026-08-01', {}, { soort: 'leerplichtig', leeftijd: 16, volledigeLeerplichtTotEnMet: '2027-07-31' }, ART4],
    ['16th birthday on 1 August: last day 31 July of the next year', jongere('2010-08-01'), '2027-07-31', {}, { soort: 'leerplichtig' }, ART4],
    ['16th birthday on 1 August: kwalificatieplichtig from 1 August a year later', jongere('2010-08-01'), '2027-08-01', {}, { soort: 'kwalificatieplichtig', kwalificatieplichtTotEnMet: '2028-07-31' }, ART4A],
    // --- 12 full school years before the school year of the 16th birthday
    ['12 full school years in 2025-2026: last day 31 July 2026', VROEGE_STARTER, '2026-07-31', {}, { soort: 'leerplichtig', volledigeLeerplichtTotEnMet: '2026-07-31', eindeLeerplichtGrond: 'twaalf-schooljaren' }, ART4],
    ['12 full school years: kwalificatieplichtig at 15', VROEGE_STARTER, '2026-08-01', {}, { soort: 'kwalificatieplichtig', leeftijd: 15, kwalificatieplichtTotEnMet: '2029-01-09' }, ART4A],
    ['12th full school year after the 16 year: age rule comes first', LATE_TWAALF, '2027-08-01', {}, { soort: 'kwalificatieplichtig', volledigeLeerplichtTotEnMet: '2027-07-31', eindeLeerplichtGrond: 'leeftijd-16' }, ART4],
    // --- end of kwalificatieplicht: 18th birthday
    ['day before the 18th birthday: still kwalificatieplichtig', jongere('2010-03-15'), '2028-03-14', {}, { soort: 'kwalificatieplichtig', leeftijd: 17, eindeKwalificatieplichtGrond: 'leeftijd-18' }, GRENS18],
    ['18th birthday: no longer plichtig', jongere('2010-03-15'), '2028-03-15', {}, { soort: 'niet-meer-plichtig', leeftijd: 18, eindeKwalificatieplichtGrond: 'leeftijd-18' }, ART4A],
    // --- startkwalificatie
    ['day before the mbo-2 diploma: kwalificatieplichtig', SQ_MBO2, '2027-06-29', {}, { soort: 'kwalificatieplichtig', kwalificatieplichtTotEnMet: '2027-06-29' }, ART4A],
    ['day of the mbo-2 diploma: no longer plichtig', SQ_MBO2, '2027-06-30', {}, { soort: 'niet-meer-plichtig', eindeKwalificatieplichtGrond: 'startkwalificatie' }, ART4A],
    ['diploma during leerplicht: leerplicht runs on to 31 July', HAVO_VROEG, '2027-07-15', {}, { soort: 'leerplichtig', kwalificatieplichtTotEnMet: null }, ART4],
    ['diploma during leerplicht: no kwalificatieplicht afterwards', HAVO_VROEG, '2027-08-01', {}, { soort: 'niet-meer-plichtig', kwalificatieplichtTotEnMet: null, eindeKwalificatieplichtGrond: 'startkwalificatie' }, ART4A],
    // --- PrO / VSO exceptions to the kwalificatieplicht
    ['PrO getuigschrift: kwalificatieplichtig the day before', PRO, '2026-07-02', {}, { soort: 'kwalificatieplichtig', kwalificatieplichtTotEnMet: '2026-07-02' }, ART4A2],
    ['PrO getuigschrift: no kwalificatieplicht from that day', PRO, '2026-07-03', {}, { soort: 'niet-meer-plichtig', eindeKwalificatieplichtGrond: 'praktijkonderwijs-getuigschrift' }, ART4A2],
    ['VSO arbeidsmarktgericht left during leerplicht: leerplicht still applies', VSO, '2025-07-31', {}, { soort: 'leerplichtig', kwalificatieplichtTotEnMet: null }, ART4],
    ['VSO arbeidsmarktgericht: no kwalificatieplicht after leerplicht', VSO, '2025-08-01', {}, { soort: 'niet-meer-plichtig', eindeKwalificatieplichtGrond: 'vso-arbeidsmarktgericht' }, ART4A2],
    // --- 29 February
    ['29 Feb: turns 5 on 1 March 2025, not yet leerplichtig on 31 March', jongere('2020-02-29'), '2025-03-31', {}, { soort: 'niet-leerplichtig-jonger', leerplichtVanaf: '2025-04-01' }, SCHRIKKEL],
    ['29 Feb: leerplichtig on the first school day of April', jongere('2020-02-29'), '2025-04-01', {}, { soort: 'leerplichtig', leeftijd: 5 }, SCHRIKKEL],
    ['29 Feb, gemeente rule 28 February: leerplichtig from 3 March', jongere('2020-02-29'), '2025-03-03', TWEE_OP_28, { soort: 'leerplichtig', leerplichtVanaf: '2025-03-03' }, SCHRIKKEL28],
    ['29 Feb: still kwalificatieplichtig on 28 February of the 18th year', jongere('2012-02-29'), '2030-02-28', {}, { soort: 'kwalificatieplichtig', leeftijd: 17, kwalificatieplichtTotEnMet: '2030-02-28' }, SCHRIKKEL],
    ['29 Feb: 18 on 1 March', jongere('2012-02-29'), '2030-03-01', {}, { soort: 'niet-meer-plichtig', leeftijd: 18 }, SCHRIKKEL],
    ['29 Feb, gemeente rule 28 February: 18 on 28 February', jongere('2012-02-29'), '2030-02-28', TWEE_OP_28, { soort: 'niet-meer-plichtig', kwalificatieplichtTotEnMet: '2030-02-27' }, SCHRIKKEL28],
    // --- vrijstelling: exempt for its period, soort unchanged
    ['day before the art 5 onder a vrijstelling', VRIJ_5A, '2021-12-31', {}, { soort: 'leerplichtig', vrijgesteld: false }, ART3],
    ['first day of the art 5 onder a vrijstelling', VRIJ_5A, '2022-01-01', {}, { soort: 'leerplichtig', vrijgesteld: true }, 'Lpw art 5 onder a'],
    ['last day of the art 5 onder a vrijstelling', VRIJ_5A, '2022-12-31', {}, { soort: 'leerplichtig', vrijgesteld: true }, 'Lpw art 5 onder a'],
    ['day after the art 5 onder a vrijstelling', VRIJ_5A, '2023-01-01', {}, { soort: 'leerplichtig', vrijgesteld: false }, ART3],
    ['art 15 vrijstelling (Defensie) during kwalificatieplicht', DEFENSIE, '2027-09-01', {}, { soort: 'kwalificatieplichtig', vrijgesteld: true }, 'Lpw art 15'],
    ['open-ended vrijstelling means nothing after 18', DEFENSIE, '2028-03-15', {}, { soort: 'niet-meer-plichtig', vrijgesteld: false }, ART4A],
  ];

  it.each(tabel)('%s', (_wat, j, peildatum, opties, verwacht, bron) => {
    const status = leerplichtStatus(j, peildatum, TEST_KALENDER, opties);
    expect(status).toMatchObject(verwacht);
    expect(status.bron).toContain(bron);
  });

  it('has at least 30 boundary cases', () => {
    expect(tabel.length).toBeGreaterThanOrEqual(30);
  });

  it('names the exemption and explains in Dutch that the plicht stays', () => {
    const status = leerplichtStatus(VRIJ_5A, '2022-06-01', TEST_KALENDER);
    expect(status.vrijstellingen).toEqual([{ artikel: '5 onder a', van: '2022-01-01', totEnMet: '2022-12-31' }]);
    expect(status.reden).toContain('Vrijgesteld op grond van Lpw art 5 onder a vanaf 1 januari 2022 tot en met 31 december 2022; de leerplicht zelf blijft bestaan.');
  });

  it('writes a reden for the dossier that states the dates and the grounds', () => {
    expect(leerplichtStatus(jongere('2020-12-10'), '2026-01-02', TEST_KALENDER).reden).toBe(
      'Nog niet leerplichtig. De leerplicht begint op 5 januari 2026: de eerste schooldag (vakantieregio midden) van de maand na de maand waarin de jongere 5 jaar wordt (10 december 2025).',
    );
    expect(leerplichtStatus(jongere('2010-03-15'), '2026-08-01', TEST_KALENDER).reden).toBe(
      'Kwalificatieplichtig: de volledige leerplicht liep tot en met 31 juli 2026: het einde van het schooljaar 2025-2026, waarin de jongere 16 jaar wordt (15 maart 2026). ' +
        'De kwalificatieplicht loopt tot en met 14 maart 2028, de dag vóór de 18e verjaardag (15 maart 2028), tenzij eerder een startkwalificatie wordt behaald.',
    );
    expect(leerplichtStatus(VSO, '2025-08-01', TEST_KALENDER).reden).toContain(
      "het voltooien van het vso-uitstroomprofiel 'arbeidsmarktgericht' op 11 juli 2025; voor deze jongere geldt de kwalificatieplicht dan niet; de kwalificatieplicht is daardoor niet ingegaan",
    );
    expect(leerplichtStatus(VROEGE_STARTER, '2026-08-01', TEST_KALENDER).reden).toContain('twaalf volledige schooljaren heeft voltooid');
  });

  it('puts the rule that decides the soort first in bron', () => {
    expect(leerplichtStatus(jongere('2020-09-01'), '2025-10-01', TEST_KALENDER).bron[0]).toBe(ART3);
    expect(leerplichtStatus(jongere('2010-03-15'), '2026-08-01', TEST_KALENDER).bron[0]).toBe(ART4A);
    expect(leerplichtStatus(jongere('2020-09-01'), '2025-10-01', TEST_KALENDER).bron).not.toContain(ART4A2);
  });

  it('asks for a manual check of the 12 school years only near the end of leerplicht when the history is incomplete', () => {
    const onvolledig = jongere('2010-03-15', { schoolhistorieVolledig: false });
    expect(leerplichtStatus(onvolledig, '2024-07-31', TEST_KALENDER).aandachtspunten).toEqual([]);
    expect(leerplichtStatus(onvolledig, '2024-08-01', TEST_KALENDER).aandachtspunten).toHaveLength(1);
    expect(leerplichtStatus(jongere('2010-03-15'), '2024-08-01', TEST_KALENDER).aandachtspunten).toEqual([]);
    expect(leerplichtStatus(onvolledig, '2026-08-01', TEST_KALENDER).aandachtspunten).toEqual([]);
  });

  it('flags a startkwalificatie obtained while leerplicht still runs', () => {
    const punten = leerplichtStatus(HAVO_VROEG, '2027-07-15', TEST_KALENDER).aandachtspunten;
    expect(punten.some((p) => p.startsWith('Er is een startkwalificatie behaald'))).toBe(true);
  });

  it.each([
    ['malformed birth date', jongere('2010-02-30'), '2025-01-01', 'ONGELDIGE_DATUM', 'geboortedatum'],
    ['malformed peildatum', jongere('2010-03-15'), '15-03-2025', 'ONGELDIGE_DATUM', 'peildatum'],
    ['peildatum before birth', jongere('2010-03-15'), '2010-03-14', 'PEILDATUM_VOOR_GEBOORTE', 'peildatum'],
    ['vrijstelling ending before it starts', jongere('2010-03-15', { vrijstellingen: [{ artikel: '5 onder b', van: '2020-02-01', totEnMet: '2020-01-31' }] }), '2020-01-01', 'ONGELDIGE_PERIODE', 'vrijstellingen.totEnMet'],
    ['school year that is not two consecutive years', jongere('2011-01-10', { twaalfdeVolledigeSchooljaar: '2025-2027' }), '2026-01-01', 'ONGELDIG_SCHOOLJAAR', 'twaalfdeVolledigeSchooljaar'],
    ['12 full school years impossibly early', jongere('2011-01-10', { twaalfdeVolledigeSchooljaar: '2024-2025' }), '2026-01-01', 'ONMOGELIJKE_SCHOOLHISTORIE', 'twaalfdeVolledigeSchooljaar'],
  ])('refuses %s with a code, naming the field but not the value', (_wat, j, peildatum, code, veld) => {
    let fout: unknown;
    try {
      leerplichtStatus(j, peildatum, TEST_KALENDER);
    } catch (e) {
      fout = e;
    }
    expect(fout).toBeInstanceOf(LeerplichtInvoerFout);
    expect(fout).toMatchObject({ code, veld });
    expect((fout as Error).message).not.toContain(j.geboortedatum);
    expect((fout as Error).message).not.toContain(peildatum);
  });
});

describe('isLeerplichtigOfKwalificatieplichtig', () => {
  it.each([
    ['2025-09-30', false],
    ['2025-10-01', true],
    ['2036-08-01', true],
    ['2038-08-31', true],
    ['2038-09-01', false],
  ])('born 2020-09-01, on %s: %s', (peildatum, verwacht) => {
    expect(isLeerplichtigOfKwalificatieplichtig(jongere('2020-09-01'), peildatum, TEST_KALENDER)).toBe(verwacht);
  });
});

describe('eindeVolledigeLeerplicht and beginLeerplicht', () => {
  it('needs no calendar for the end and takes the earlier of the two rules', () => {
    expect(eindeVolledigeLeerplicht({ geboortedatum: '2010-07-31' })).toEqual({ totEnMet: '2026-07-31', grond: 'leeftijd-16', schooljaar: '2025-2026' });
    expect(eindeVolledigeLeerplicht({ geboortedatum: '2010-08-01' })).toEqual({ totEnMet: '2027-07-31', grond: 'leeftijd-16', schooljaar: '2026-2027' });
    expect(eindeVolledigeLeerplicht(VROEGE_STARTER)).toEqual({ totEnMet: '2026-07-31', grond: 'twaalf-schooljaren', schooljaar: '2025-2026' });
  });

  it('asks the calendar for the first school day of the right month and region', () => {
    expect(beginLeerplicht({ geboortedatum: '2020-12-10', vakantieregio: 'midden' }, TEST_KALENDER)).toBe('2026-01-05');
    expect(beginLeerplicht({ geboortedatum: '2020-08-15', vakantieregio: 'zuid' }, TEST_KALENDER)).toBe('2025-09-08');
  });
});

describe('leerplichtStatus for a youth whose leerplicht began before the loaded calendar', () => {
  // The real calendar ships roosters from 2025-2026; a 12-year-old began in 2019.
  const echteKalender = new NederlandseKalender();

  it('is leerplichtig with the 1st of the month shown and flagged (Lpw art 3 lid 1)', () => {
    const status = leerplichtStatus(jongere('2014-03-10', { vakantieregio: 'noord' }), '2026-11-24', echteKalender);
    expect(status).toMatchObject({ soort: 'leerplichtig', leeftijd: 12, leerplichtVanaf: '2019-04-01' });
    expect(status.aandachtspunten.join(' ')).toContain('vakantierooster van het schooljaar waarin de leerplicht begon is niet geladen');
  });

  it('never guesses when the missing calendar could change the answer', () => {
    // 5th birthday in July 2019: leerplicht starts in August, maybe only after the summer vacation.
    expect(() => leerplichtStatus(jongere('2014-07-10', { vakantieregio: 'noord' }), '2019-08-20', echteKalender)).toThrow(KalenderError);
  });

  it('uses the exact first school day when the calendar has it', () => {
    const status = leerplichtStatus(jongere('2020-12-10', { vakantieregio: 'noord' }), '2026-11-24', echteKalender);
    expect(status.leerplichtVanaf).toBe('2026-01-05');
    expect(status.aandachtspunten).toEqual([]);
  });
});
