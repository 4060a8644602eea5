import type { JongereGegevens } from '@leerrecht/shared/util-leerplicht';
import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import type { Datum, Kalender } from '@leerrecht/shared/util-kalender';
import type { KandidaatGegevens } from './absoluut-verzuim.types';
import { isKandidaat } from './kandidaat';

/**
 * The candidates were born long before the years NederlandseKalender has vacation and
 * gelijkstelling data for (leerplicht of a 17-year-old began in 2013), so these tests use a plain
 * calendar: every weekday is a werkdag and a schooldag. Only the start of leerplicht depends on it.
 */
function volgendeDag(datum: Datum): Datum {
  const d = new Date(`${datum}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
const isWeekdag = (datum: Datum): boolean => ![0, 6].includes(new Date(`${datum}T00:00:00Z`).getUTCDay());
function plus(datum: Datum, aantal: number): Datum {
  let d = datum;
  if (aantal === 0) {
    while (!isWeekdag(d)) d = volgendeDag(d);
    return d;
  }
  for (let n = 0; n < aantal; ) {
    d = volgendeDag(d);
    if (isWeekdag(d)) n += 1;
  }
  return d;
}
const WEEKDAGEN: Kalender = {
  isWerkdag: isWeekdag,
  isSchooldag: isWeekdag,
  plusWerkdagen: plus,
  plusSchooldagen: (datum, aantal) => plus(datum, aantal),
  eersteSchooldagVanMaand: (jaar, maand) => plus(`${jaar}-${String(maand).padStart(2, '0')}-01`, 0),
};

const register = InstructieRegister.laad();
const IJSSEL_VECHT = register.voorGemeente('0193').regels;
const TWENTE = register.voorGemeente('0153').regels;

const PEILDATUM = '2026-03-02';

function persoon(geboortedatum: Datum, extra: Partial<JongereGegevens> = {}, gegevens: Partial<KandidaatGegevens> = {}): KandidaatGegevens {
  return { jongere: { geboortedatum, vakantieregio: 'noord', schoolhistorieVolledig: true, ...extra }, inschrijvingen: [], ...gegevens };
}

// Born 15 Sep 2008: 17 on the peildatum; leerplicht ended 31 Jul 2025 (school year of the 16th
// birthday), kwalificatieplichtig until the 18th birthday (Lpw art 4, 4a).
const ZEVENTIEN = '2008-09-15';

describe('isKandidaat: candidates for the absolute-verzuim check (administratie.md §5.2 step 1)', () => {
  it.each([
    { geval: '17, no SQ, not enrolled', bron: 'Lpw art 4a; 000 art 3 lid 7', gegevens: persoon(ZEVENTIEN), kandidaat: true, reden: 'niet-ingeschreven' },
    {
      geval: '17, enrolled at an mbo',
      bron: 'Lpw art 18',
      gegevens: persoon(ZEVENTIEN, {}, { inschrijvingen: [{ van: '2025-08-25' }] }),
      kandidaat: false,
      reden: 'ingeschreven',
    },
    {
      geval: '17, enrolment ended the day before the peildatum',
      bron: 'Lpw art 18 (period inclusive)',
      gegevens: persoon(ZEVENTIEN, {}, { inschrijvingen: [{ van: '2025-08-25', totEnMet: '2026-03-01' }] }),
      kandidaat: true,
      reden: 'niet-ingeschreven',
    },
    {
      geval: '17, vrijgesteld under Lpw art 5 onder a',
      bron: 'Lpw art 5',
      gegevens: persoon(ZEVENTIEN, { vrijstellingen: [{ artikel: '5 onder a', van: '2025-09-01' }] }),
      kandidaat: false,
      reden: 'vrijgesteld',
    },
    {
      geval: '17, vervangende leerplicht',
      bron: 'Lpw art 3b',
      gegevens: persoon(ZEVENTIEN, {}, { vervangendeLeerplicht: [{ van: '2025-08-01', totEnMet: '2026-07-31' }] }),
      kandidaat: false,
      reden: 'vervangende-leerplicht',
    },
    {
      geval: '17, kennisgeving niet voldaan, on the last day of the term to enrol',
      bron: '000 art 12 lid 9; 003 art 11 lid 5',
      gegevens: persoon(ZEVENTIEN, {}, { inschrijvingstermijnen: [{ gegevenOp: '2026-02-02', inschrijvenUiterlijk: PEILDATUM }] }),
      kandidaat: false,
      reden: 'inschrijvingstermijn-loopt',
    },
    {
      geval: '17, kennisgeving niet voldaan, the day after the term to enrol',
      bron: '000 art 12 lid 9 (inferred: candidate after the term)',
      gegevens: persoon(ZEVENTIEN, {}, { inschrijvingstermijnen: [{ gegevenOp: '2026-02-02', inschrijvenUiterlijk: '2026-03-01' }] }),
      kandidaat: true,
      reden: 'niet-ingeschreven',
    },
    {
      geval: '17, kennisgeving niet voldaan given after the peildatum',
      bron: '000 art 12 lid 9 (the term runs from the message)',
      gegevens: persoon(ZEVENTIEN, {}, { inschrijvingstermijnen: [{ gegevenOp: '2026-03-03', inschrijvenUiterlijk: '2026-03-31' }] }),
      kandidaat: true,
      reden: 'niet-ingeschreven',
    },
    {
      geval: '17, kennisgeving niet voldaan but enrolled within the term',
      bron: 'Lpw art 18',
      gegevens: persoon(ZEVENTIEN, {}, { inschrijvingen: [{ van: '2026-02-20' }], inschrijvingstermijnen: [{ gegevenOp: '2026-02-02', inschrijvenUiterlijk: '2026-03-13' }] }),
      kandidaat: false,
      reden: 'ingeschreven',
    },
    {
      geval: '17, vrijstelling ended the day before the peildatum',
      bron: 'Lpw art 5 (period inclusive)',
      gegevens: persoon(ZEVENTIEN, { vrijstellingen: [{ artikel: '5 onder b', van: '2025-09-01', totEnMet: '2026-03-01' }] }),
      kandidaat: true,
      reden: 'niet-ingeschreven',
    },
    {
      geval: '17 with a havo diploma (SQ)',
      bron: 'Lpw art 4a; 002 Bijlage 1',
      gegevens: persoon(ZEVENTIEN, { startkwalificatieBehaaldOp: '2025-07-10' }),
      kandidaat: false,
      reden: 'startkwalificatie',
    },
    { geval: '19, no SQ', bron: 'Lpw art 4a (ends at 18)', gegevens: persoon('2007-01-10'), kandidaat: false, reden: 'niet-plichtig' },
    { geval: '4 years old', bron: 'Lpw art 3 lid 1', gegevens: persoon('2021-10-01'), kandidaat: false, reden: 'niet-plichtig' },
    { geval: '7, leerplichtig, not enrolled', bron: 'Lpw art 3; 000 art 3 lid 7', gegevens: persoon('2018-05-20'), kandidaat: true, reden: 'niet-ingeschreven' },
  ])('$geval → kandidaat=$kandidaat ($bron)', ({ gegevens, kandidaat, reden }) => {
    const uitkomst = isKandidaat(gegevens, PEILDATUM, IJSSEL_VECHT, WEEKDAGEN);
    expect(uitkomst.kandidaat).toBe(kandidaat);
    expect(uitkomst.reden).toBe(reden);
    expect(uitkomst.bron).toContain('Lpw art 19');
    expect(uitkomst.route).toBe(kandidaat ? 'brieven' : undefined);
  });
});

describe('foreign minor students: administrative route only where the instructie has it (004 Hfst 2.1; §5.2 step 3)', () => {
  const student = persoon(ZEVENTIEN, {}, { buitenlandseMinderjarigeStudent: true });

  it.each([
    { profiel: 'twente', regels: TWENTE, route: 'administratieve-route', bron: '004 Hfst 2.1' },
    { profiel: 'ijssel-vecht', regels: IJSSEL_VECHT, route: 'brieven', bron: 'Lpw art 19 (geen bijzondere route; 000 zwijgt)' },
  ])('$profiel → $route', ({ regels, route, bron }) => {
    const uitkomst = isKandidaat(student, PEILDATUM, regels, WEEKDAGEN);
    expect(uitkomst).toMatchObject({ kandidaat: true, route, reden: 'niet-ingeschreven' });
    expect(uitkomst.bron).toContain(bron);
  });

  it('twente: a person not flagged as foreign student gets the letters', () => {
    expect(isKandidaat(persoon(ZEVENTIEN), PEILDATUM, TWENTE, WEEKDAGEN).route).toBe('brieven');
  });

  it('twente: an enrolled foreign student is not a candidate at all', () => {
    const ingeschreven = persoon(ZEVENTIEN, {}, { buitenlandseMinderjarigeStudent: true, inschrijvingen: [{ van: '2025-09-01' }] });
    expect(isKandidaat(ingeschreven, PEILDATUM, TWENTE, WEEKDAGEN)).toMatchObject({ kandidaat: false, reden: 'ingeschreven' });
  });
});
