import { KalenderError, plusDagen } from './datum';
import { GELIJKSTELLINGSBESLUITEN } from './feestdagen';
import { NederlandseKalender, schooljaarVan } from './kalender';
import type { Kalender, Vakantieregio } from './kalender.types';
import { STANDAARD_VAKANTIEROOSTER, type SchooljaarRooster, type Vakantierooster } from './vakantierooster';

const kalender = new NederlandseKalender();

/** Test data only: a 2027-2028 schedule so September 2027 can be answered; not a claim about OCW dates. */
const TESTJAAR_2027_2028: SchooljaarRooster = {
  schooljaar: '2027-2028',
  bron: 'testrooster (geen OCW-gegevens)',
  status: 'vastgesteld',
  vakanties: {
    noord: [{ naam: 'zomervakantie', van: '2028-07-15', totEnMet: '2028-08-27' }],
    zuid: [{ naam: 'zomervakantie', van: '2028-07-15', totEnMet: '2028-08-27' }],
  },
};

function verwachtFout(handeling: () => unknown, code: string, melding: RegExp): void {
  expect(handeling).toThrow(KalenderError);
  expect(handeling).toThrow(expect.objectContaining({ code }));
  expect(handeling).toThrow(melding);
}

describe('NederlandseKalender implements the Kalender interface', () => {
  it('can be used where a Kalender is expected', () => {
    const alsInterface: Kalender = kalender;
    expect(alsInterface.isWerkdag('2026-03-13')).toBe(true);
  });
});

describe('isWerkdag: Monday–Friday and not a feestdag of Atw art 3', () => {
  it.each([
    ['2026-03-13', true, 'a Friday'],
    ['2026-03-14', false, 'a Saturday'],
    ['2026-03-15', false, 'a Sunday'],
    ['2026-04-03', false, 'Goede Vrijdag, art 3 lid 2'],
    ['2026-04-06', false, 'Tweede Paasdag, art 3 lid 1'],
    ['2026-04-27', false, 'Koningsdag on a Monday, art 3 lid 1'],
    ['2025-04-28', true, 'Monday after Koningsdag 2025, which was celebrated on Saturday 26 April'],
    ['2026-05-05', false, 'de vijfde mei, art 3 lid 1'],
    ['2026-05-14', false, 'Hemelvaartsdag, art 3 lid 1'],
    ['2026-05-15', false, 'vrijdag na Hemelvaartsdag, gelijkgesteld (art 3 lid 3)'],
    ['2026-01-02', false, 'vrijdag na Nieuwjaarsdag, gelijkgesteld (art 3 lid 3)'],
    ['2025-12-24', true, 'Kerstavond is a werkdag'],
    ['2029-12-25', false, 'a lid 1 feestdag is certain even without a besluit for 2029'],
    ['2029-12-29', false, 'a Saturday is certain even without a besluit for 2029'],
  ])('%s → %s (%s)', (datum, verwacht) => {
    expect(kalender.isWerkdag(datum)).toBe(verwacht);
  });

  it('refuses a weekday in a year no gelijkstellingsbesluit covers (Atw art 3 lid 3 days unknown)', () => {
    verwachtFout(() => kalender.isWerkdag('2029-05-11'), 'GELIJKSTELLING_ONBEKEND', /geen gelijkstellingsbesluit \(Atw art 3 lid 3\) geladen voor 2029/);
  });

  it('answers 2029 once a besluit for it is supplied', () => {
    const metBesluit = new NederlandseKalender(STANDAARD_VAKANTIEROOSTER, {
      gelijkstellingen: [
        ...GELIJKSTELLINGSBESLUITEN,
        { titel: 'testbesluit 2029–2031', vanJaar: 2029, totEnMetJaar: 2031, dagen: [{ datum: '2029-05-11', naam: 'vrijdag na Hemelvaartsdag' }] },
      ],
    });
    expect(metBesluit.isWerkdag('2029-05-11')).toBe(false);
    expect(metBesluit.isWerkdag('2029-05-14')).toBe(true);
  });

  it('refuses a date that does not exist', () => {
    verwachtFout(() => kalender.isWerkdag('2026-02-29'), 'ONGELDIGE_DATUM', /2026-02-29/);
  });
});

describe('plusWerkdagen: the n-th werkdag after the start day', () => {
  it.each([
    // Kerst (25–26 Dec), Nieuwjaarsdag and the gelijkgestelde 2 januari 2026 (Atw art 3 lid 1 and 3)
    ['2025-12-19', 10, '2026-01-08'],
    // Goede Vrijdag 3 April (lid 2) and Tweede Paasdag 6 April 2026 (lid 1)
    ['2026-04-01', 10, '2026-04-17'],
    // Koningsdag Monday 27 April and Bevrijdingsdag Tuesday 5 May 2026 (lid 1)
    ['2026-04-22', 10, '2026-05-08'],
    // 2025: Goede Vrijdag, Tweede Paasdag, Koningsdag on Saturday (no werkdag lost), 5 May on Monday
    ['2025-04-17', 10, '2025-05-06'],
    // Hemelvaartsdag Thursday 14 May and the gelijkgestelde Friday 15 May 2026
    ['2026-05-13', 1, '2026-05-18'],
    // Tweede Pinksterdag Monday 25 May 2026
    ['2026-05-22', 1, '2026-05-26'],
    // A term starting on a Friday: the weekend does not count
    ['2026-03-13', 1, '2026-03-16'],
    ['2026-03-13', 5, '2026-03-20'],
    // Across the DST changes (29 March and 25 October 2026): dates, not instants
    ['2026-03-27', 1, '2026-03-30'],
    ['2026-10-23', 1, '2026-10-26'],
  ])('plusWerkdagen(%s, %d) = %s', (datum, aantal, verwacht) => {
    expect(kalender.plusWerkdagen(datum, aantal)).toBe(verwacht);
  });

  it.each([
    ['2026-03-13', '2026-03-13', 'a werkdag stays'],
    ['2026-03-14', '2026-03-16', 'a Saturday moves to Monday (Atw art 1 lid 1)'],
    ['2026-04-03', '2026-04-07', 'Goede Vrijdag, weekend and Tweede Paasdag move to Tuesday (Atw art 1 lid 1, art 3 lid 1–2)'],
  ])('plusWerkdagen(%s, 0) = %s (%s)', (datum, verwacht) => {
    expect(kalender.plusWerkdagen(datum, 0)).toBe(verwacht);
  });

  it.each([-1, 1.5, Number.NaN])('refuses aantal %p', (aantal) => {
    verwachtFout(() => kalender.plusWerkdagen('2026-03-13', aantal), 'ONGELDIGE_INVOER', /geheel getal ≥ 0/);
  });

  it('counts back to n with aantalWerkdagen from the day after the start', () => {
    for (const [datum, aantal] of [
      ['2025-12-19', 10],
      ['2026-04-22', 10],
      ['2026-05-13', 3],
    ] as const) {
      expect(kalender.aantalWerkdagen(plusDagen(datum, 1), kalender.plusWerkdagen(datum, aantal))).toBe(aantal);
    }
  });
});

describe('eindeTermijnAtw: Atw art 1 lid 1, a term ending on a Saturday, Sunday or feestdag runs on to the next werkdag', () => {
  it.each([
    ['2026-03-11', '2026-03-11', 'a Wednesday ends on itself'],
    ['2025-04-26', '2025-04-28', 'Koningsdag on a Saturday → Monday'],
    ['2026-12-25', '2026-12-28', 'Eerste Kerstdag on a Friday, then the weekend → Monday'],
    ['2027-05-06', '2027-05-10', 'Hemelvaartsdag, the gelijkgestelde 7 mei 2027 and the weekend → Monday'],
  ])('%s → %s (%s)', (datum, verwacht) => {
    expect(kalender.eindeTermijnAtw(datum)).toBe(verwacht);
  });
});

describe('aantalWerkdagen: both ends included', () => {
  it.each([
    ['2025-12-22', '2026-01-02', 6], // 22–24 and 29–31 December; 25, 26 Dec, 1 and 2 Jan are not
    ['2026-03-16', '2026-03-20', 5],
    ['2026-03-14', '2026-03-15', 0],
  ])('%s t/m %s → %d', (van, tot, verwacht) => {
    expect(kalender.aantalWerkdagen(van, tot)).toBe(verwacht);
  });

  it('refuses a period that ends before it starts', () => {
    verwachtFout(() => kalender.aantalWerkdagen('2026-03-20', '2026-03-16'), 'ONGELDIGE_INVOER', /van ligt na totEnMet/);
  });
});

describe('isSchooldag: a werkdag outside the region\'s vacations (OCW schedule)', () => {
  it.each<[string, Vakantieregio, boolean, string]>([
    ['2025-10-14', 'noord', true, 'herfstvakantie noord starts 18 October 2025'],
    ['2025-10-14', 'zuid', false, 'herfstvakantie zuid 11–19 October 2025'],
    ['2025-10-21', 'noord', false, 'herfstvakantie noord 18–26 October 2025'],
    ['2025-10-21', 'midden', false, 'herfstvakantie midden 18–26 October 2025'],
    ['2025-10-21', 'zuid', true, 'zuid is back at school'],
    ['2026-02-17', 'noord', true, 'voorjaarsvakantie noord starts 21 February 2026'],
    ['2026-02-17', 'zuid', false, 'voorjaarsvakantie zuid 14–22 February 2026'],
    ['2026-02-24', 'noord', false, 'voorjaarsvakantie noord 21 February–1 March 2026'],
    ['2026-02-24', 'midden', true, 'midden is back at school'],
    ['2025-08-20', 'noord', false, 'zomervakantie 2025 noord runs to 24 August'],
    ['2025-08-20', 'zuid', true, 'zomervakantie 2025 zuid ended 17 August'],
    ['2025-08-20', 'midden', false, 'zomervakantie 2025 midden runs to 31 August'],
    ['2026-04-28', 'noord', false, 'meivakantie 25 April–3 May 2026'],
    ['2026-05-06', 'midden', true, 'after the meivakantie'],
    ['2026-04-03', 'midden', false, 'Goede Vrijdag is no werkdag (Atw art 3 lid 2), so no schooldag (inferred)'],
    ['2026-12-21', 'zuid', false, 'kerstvakantie 19 December 2026–3 January 2027 (te-verifieren)'],
    ['2026-03-14', 'midden', false, 'a Saturday'],
  ])('%s %s → %s (%s)', (datum, regio, verwacht) => {
    expect(kalender.isSchooldag(datum, regio)).toBe(verwacht);
  });

  it.each<[string, Vakantieregio, string]>([
    ['2025-07-15', 'noord', '2024-2025'],
    ['2027-08-02', 'midden', '2027-2028'],
    ['2027-09-04', 'zuid', '2027-2028'], // even a Saturday: no answer from an unloaded schooljaar
  ])('throws for %s %s: schooljaar %s has no schedule loaded', (datum, regio, schooljaar) => {
    verwachtFout(() => kalender.isSchooldag(datum, regio), 'ROOSTER_ONTBREEKT', new RegExp(`schooljaar ${schooljaar}, regio ${regio}`));
  });

  it('throws for a region the gemeente schedule does not cover', () => {
    const eigen = new NederlandseKalender([
      {
        schooljaar: '2025-2026',
        bron: 'schoolgids (test)',
        status: 'vastgesteld',
        vorigeZomervakantie: { midden: { van: '2025-07-19', totEnMet: '2025-08-31' } },
        vakanties: {
          midden: [
            { naam: 'overig', omschrijving: 'studiedag', van: '2025-11-17', totEnMet: '2025-11-17' },
            { naam: 'zomervakantie', van: '2026-07-18', totEnMet: '2026-08-30' },
          ],
        },
      },
    ]);
    expect(eigen.isSchooldag('2025-11-17', 'midden')).toBe(false); // the school's own studiedag
    expect(eigen.isSchooldag('2025-10-21', 'midden')).toBe(true); // this school keeps no herfstvakantie that week
    verwachtFout(() => eigen.isSchooldag('2025-11-17', 'noord'), 'ROOSTER_ONTBREEKT', /regio noord/);
  });

  it('throws early in a schooljaar when the zomervakantie it begins with is unknown', () => {
    const alleen2026 = new NederlandseKalender(STANDAARD_VAKANTIEROOSTER.filter((r) => r.schooljaar === '2026-2027'));
    verwachtFout(() => alleen2026.isSchooldag('2026-09-15', 'noord'), 'ROOSTER_ONTBREEKT', /vorigeZomervakantie/);
    // After 30 September no zomervakantie can reach (roster bound), so the answer is certain.
    expect(alleen2026.isSchooldag('2026-10-05', 'noord')).toBe(true);
  });

  it("with alleenVastgesteld, refuses dates answered from a 'te-verifieren' schooljaar", () => {
    const streng = new NederlandseKalender(STANDAARD_VAKANTIEROOSTER, { alleenVastgesteld: true });
    expect(streng.isSchooldag('2025-11-03', 'noord')).toBe(true);
    verwachtFout(() => streng.isSchooldag('2026-11-02', 'noord'), 'ROOSTER_NIET_VASTGESTELD', /2026-2027 is te-verifieren/);
  });

  it('roosterVoor tells which schedule, source and status an answer rests on', () => {
    expect(kalender.roosterVoor('2026-11-02')).toMatchObject({ schooljaar: '2026-2027', status: 'te-verifieren' });
    expect(kalender.roosterVoor('2025-11-03')?.bron).toContain('Schoolvakanties');
    expect(kalender.roosterVoor('2024-11-04')).toBeUndefined();
  });
});

describe('plusSchooldagen and aantalSchooldagen per region', () => {
  it.each<[string, number, Vakantieregio, string, string]>([
    ['2025-10-10', 5, 'zuid', '2025-10-24', 'zuid skips its herfstvakantie 11–19 October'],
    ['2025-10-10', 5, 'noord', '2025-10-17', 'noord is at school the week zuid is off'],
    ['2025-10-10', 5, 'midden', '2025-10-17', 'midden as noord'],
    ['2026-02-13', 1, 'noord', '2026-02-16', 'noord: voorjaarsvakantie starts a week later'],
    ['2026-02-13', 1, 'zuid', '2026-02-23', 'zuid: voorjaarsvakantie 14–22 February 2026'],
    ['2025-12-19', 1, 'midden', '2026-01-05', 'kerstvakantie to 4 January 2026'],
    ['2026-05-01', 0, 'noord', '2026-05-04', 'aantal 0 on a vacation day gives the next schooldag'],
  ])('plusSchooldagen(%s, %d, %s) = %s (%s)', (datum, aantal, regio, verwacht) => {
    expect(kalender.plusSchooldagen(datum, aantal, regio)).toBe(verwacht);
  });

  it.each<[string, string, Vakantieregio, number]>([
    ['2026-02-09', '2026-02-20', 'noord', 10],
    ['2026-02-09', '2026-02-20', 'midden', 5],
    ['2026-02-09', '2026-02-20', 'zuid', 5],
  ])('aantalSchooldagen(%s, %s, %s) = %d (voorjaarsvakantie 2026 differs per region)', (van, tot, regio, verwacht) => {
    expect(kalender.aantalSchooldagen(van, tot, regio)).toBe(verwacht);
  });

  it('throws when counting runs into a schooljaar without schedule', () => {
    verwachtFout(() => kalender.plusSchooldagen('2027-07-01', 20, 'noord'), 'ROOSTER_ONTBREEKT', /schooljaar 2027-2028/);
  });
});

describe('eersteSchooldagVanMaand (Lpw art 3 lid 1: "met ingang van de eerste schooldag van de maand")', () => {
  it.each<[number, number, Vakantieregio, string, string]>([
    [2026, 1, 'noord', '2026-01-05', 'after kerstvakantie to 4 January; 1 Jan feestdag, 2 Jan gelijkgesteld'],
    [2026, 1, 'midden', '2026-01-05', 'idem'],
    [2026, 1, 'zuid', '2026-01-05', 'idem'],
    [2027, 1, 'noord', '2027-01-04', 'after kerstvakantie to 3 January 2027 (te-verifieren)'],
    [2025, 8, 'zuid', '2025-08-18', 'zomervakantie zuid to 17 August 2025'],
    [2025, 8, 'noord', '2025-08-25', 'zomervakantie noord to 24 August 2025'],
    [2025, 8, 'midden', '2025-09-01', 'zomervakantie midden fills August 2025: first schooldag after it (inferred)'],
    [2026, 8, 'noord', '2026-08-17', 'zomervakantie noord to 16 August 2026'],
    [2026, 8, 'zuid', '2026-08-24', 'zomervakantie zuid to 23 August 2026'],
    [2026, 8, 'midden', '2026-08-31', 'zomervakantie midden to 30 August 2026'],
    [2025, 9, 'midden', '2025-09-01', 'Monday 1 September 2025'],
    [2026, 9, 'zuid', '2026-09-01', 'every region is back before September 2026'],
    [2026, 5, 'noord', '2026-05-04', '1 May 2026 is in the meivakantie'],
  ])('%d-%d %s → %s (%s)', (jaar, maand, regio, verwacht) => {
    expect(kalender.eersteSchooldagVanMaand(jaar, maand, regio)).toBe(verwacht);
  });

  it('September 2027 differs per region when zuid\'s zomervakantie runs to 5 September', () => {
    const metVolgendJaar = new NederlandseKalender([...STANDAARD_VAKANTIEROOSTER, TESTJAAR_2027_2028] satisfies Vakantierooster);
    expect(metVolgendJaar.eersteSchooldagVanMaand(2027, 9, 'zuid')).toBe('2027-09-06');
    expect(metVolgendJaar.eersteSchooldagVanMaand(2027, 9, 'noord')).toBe('2027-09-01');
  });

  it('throws for September 2027 with only the shipped schedules (2027-2028 not loaded)', () => {
    verwachtFout(() => kalender.eersteSchooldagVanMaand(2027, 9, 'zuid'), 'ROOSTER_ONTBREEKT', /schooljaar 2027-2028/);
  });

  it.each([0, 13, 2.5])('refuses maand %p', (maand) => {
    verwachtFout(() => kalender.eersteSchooldagVanMaand(2026, maand, 'noord'), 'ONGELDIGE_INVOER', /geen geldige maand/);
  });
});

describe('schooljaarVan: 1 August up to and including 31 July (Lpw art 1)', () => {
  it.each([
    ['2026-07-31', { start: '2025-08-01', eind: '2026-07-31', naam: '2025-2026' }],
    ['2026-08-01', { start: '2026-08-01', eind: '2027-07-31', naam: '2026-2027' }],
    ['2026-01-15', { start: '2025-08-01', eind: '2026-07-31', naam: '2025-2026' }],
    ['2025-12-31', { start: '2025-08-01', eind: '2026-07-31', naam: '2025-2026' }],
  ])('%s → %o', (datum, verwacht) => {
    expect(schooljaarVan(datum)).toEqual(verwacht);
    expect(kalender.schooljaarVan(datum)).toEqual(verwacht);
  });
});
