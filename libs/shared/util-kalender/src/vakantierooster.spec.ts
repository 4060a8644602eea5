import { KalenderError, weekdag } from './datum';
import { NederlandseKalender } from './kalender';
import {
  STANDAARD_VAKANTIEROOSTER,
  VAKANTIEREGIOS,
  valideerVakantierooster,
  type SchooljaarRooster,
  type Vakantierooster,
} from './vakantierooster';

function kopie(): SchooljaarRooster[] {
  return structuredClone([...STANDAARD_VAKANTIEROOSTER]);
}

function schooljaar(rooster: SchooljaarRooster[], naam: string): SchooljaarRooster {
  const gevonden = rooster.find((r) => r.schooljaar === naam);
  if (gevonden === undefined) throw new Error(`${naam} ontbreekt`);
  return gevonden;
}

function noordVan(rooster: SchooljaarRooster): NonNullable<SchooljaarRooster['vakanties']['noord']> {
  const vakanties = rooster.vakanties.noord;
  if (vakanties === undefined) throw new Error('noord ontbreekt');
  return vakanties;
}

describe('STANDAARD_VAKANTIEROOSTER (OCW "Schoolvakanties")', () => {
  it('passes its own validation', () => {
    expect(valideerVakantierooster(STANDAARD_VAKANTIEROOSTER)).toEqual(STANDAARD_VAKANTIEROOSTER);
  });

  it('ships 2025-2026 as vastgesteld and 2026-2027 as te-verifieren, each with a bron', () => {
    expect(STANDAARD_VAKANTIEROOSTER.map((r) => [r.schooljaar, r.status])).toEqual([
      ['2025-2026', 'vastgesteld'],
      ['2026-2027', 'te-verifieren'],
    ]);
    for (const rooster of STANDAARD_VAKANTIEROOSTER) {
      expect(rooster.bron).toContain('Schoolvakanties');
    }
  });

  it('has the five OCW vacations for every region, each Saturday up to and including Sunday', () => {
    for (const rooster of STANDAARD_VAKANTIEROOSTER) {
      for (const regio of VAKANTIEREGIOS) {
        const vakanties = rooster.vakanties[regio] ?? [];
        expect(vakanties.map((v) => v.naam)).toEqual(['herfstvakantie', 'kerstvakantie', 'voorjaarsvakantie', 'meivakantie', 'zomervakantie']);
        for (const vakantie of vakanties) {
          expect([vakantie.van, weekdag(vakantie.van)]).toEqual([vakantie.van, 6]);
          expect([vakantie.totEnMet, weekdag(vakantie.totEnMet)]).toEqual([vakantie.totEnMet, 0]);
        }
      }
    }
  });

  it('has the binding zomervakantie 2026 per region (noord first, midden last)', () => {
    const rooster = schooljaar(kopie(), '2025-2026');
    const zomer = VAKANTIEREGIOS.map((regio) => rooster.vakanties[regio]?.find((v) => v.naam === 'zomervakantie'));
    expect(zomer.map((v) => [v?.van, v?.totEnMet])).toEqual([
      ['2026-07-04', '2026-08-16'],
      ['2026-07-18', '2026-08-30'],
      ['2026-07-11', '2026-08-23'],
    ]);
  });
});

describe('valideerVakantierooster refuses a schedule the calendar could misread', () => {
  type Wijziging = (rooster: SchooljaarRooster[]) => unknown;
  const gevallen: [string, Wijziging, RegExp][] = [
    [
      'overlapping vacations in one region',
      (rooster) => {
        noordVan(schooljaar(rooster, '2025-2026')).push({ naam: 'overig', omschrijving: 'studiedag', van: '2025-10-24', totEnMet: '2025-10-28' });
        return rooster;
      },
      /noord: herfstvakantie \(2025-10-18 t\/m 2025-10-26\) overlapt overig/,
    ],
    [
      'a vacation outside its schooljaar (Lpw art 1: 1 augustus t/m 31 juli)',
      (rooster) => {
        noordVan(schooljaar(rooster, '2025-2026'))[3] = { naam: 'meivakantie', van: '2027-04-24', totEnMet: '2027-05-02' };
        return rooster;
      },
      /meivakantie begint op 2027-04-24, buiten het schooljaar 2025-08-01 t\/m 2026-07-31/,
    ],
    [
      'a vacation other than the zomervakantie running past 31 July',
      (rooster) => {
        noordVan(schooljaar(rooster, '2025-2026')).push({ naam: 'overig', omschrijving: 'extra', van: '2026-07-01', totEnMet: '2026-08-02' });
        return rooster;
      },
      /overig eindigt op 2026-08-02, na 2026-07-31/,
    ],
    [
      'van after totEnMet',
      (rooster) => {
        noordVan(schooljaar(rooster, '2025-2026'))[0] = { naam: 'herfstvakantie', van: '2025-10-26', totEnMet: '2025-10-18' };
        return rooster;
      },
      /van ligt na totEnMet/,
    ],
    [
      'a region without zomervakantie',
      (rooster) => {
        const noord = noordVan(schooljaar(rooster, '2025-2026'));
        noord.splice(noord.length - 1, 1);
        return rooster;
      },
      /noord: verwacht precies één zomervakantie, gevonden 0/,
    ],
    [
      'a vacation of the next schooljaar overlapping the zomervakantie that runs into it',
      (rooster) => {
        noordVan(schooljaar(rooster, '2026-2027')).push({ naam: 'overig', omschrijving: 'studiedag', van: '2026-08-10', totEnMet: '2026-08-10' });
        return rooster;
      },
      /overlapt de zomervakantie van 2025-2026/,
    ],
    [
      'a vorigeZomervakantie that contradicts the loaded previous schooljaar',
      (rooster) => {
        schooljaar(rooster, '2026-2027').vorigeZomervakantie = { noord: { van: '2026-07-11', totEnMet: '2026-08-23' } };
        return rooster;
      },
      /vorigeZomervakantie 2026-07-11 t\/m 2026-08-23 wijkt af van de zomervakantie van 2025-2026/,
    ],
    [
      'a schooljaar whose years do not follow',
      (rooster) => {
        schooljaar(rooster, '2026-2027').schooljaar = '2026-2028';
        return rooster;
      },
      /het tweede jaar moet op het eerste volgen/,
    ],
    [
      'the same schooljaar twice',
      (rooster) => [...rooster, structuredClone(schooljaar(rooster, '2025-2026'))],
      /schooljaar 2025-2026 komt twee keer voor/,
    ],
    [
      'a date that does not exist',
      (rooster) => {
        noordVan(schooljaar(rooster, '2025-2026'))[2] = { naam: 'voorjaarsvakantie', van: '2026-02-21', totEnMet: '2026-02-30' };
        return rooster;
      },
      /verwacht een bestaande datum/,
    ],
    [
      "an 'overig' day without omschrijving",
      (rooster) => {
        noordVan(schooljaar(rooster, '2025-2026')).push({ naam: 'overig', van: '2025-11-17', totEnMet: '2025-11-17' });
        return rooster;
      },
      /heeft een omschrijving nodig/,
    ],
    ['an empty schedule', () => [], /ten minste één schooljaar/],
    [
      'an entry without bron',
      (rooster) => {
        schooljaar(rooster, '2025-2026').bron = ' ';
        return rooster;
      },
      /bron/,
    ],
  ];

  it.each(gevallen)('%s', (_omschrijving, wijzig, melding) => {
    const invoer = wijzig(kopie());
    expect(() => valideerVakantierooster(invoer)).toThrow(melding);
    expect(() => valideerVakantierooster(invoer)).toThrow(expect.objectContaining({ code: 'ONGELDIG_ROOSTER' }));
  });

  it('the kalender constructor validates too, so a bad gemeente schedule never loads', () => {
    const rooster = kopie();
    noordVan(schooljaar(rooster, '2025-2026')).push({ naam: 'overig', omschrijving: 'studiedag', van: '2025-10-20', totEnMet: '2025-10-20' });
    expect(() => new NederlandseKalender(rooster)).toThrow(KalenderError);
  });

  it('accepts a gemeente schedule for one region with its own studiedag', () => {
    const eigen: Vakantierooster = [
      {
        schooljaar: '2025-2026',
        bron: 'schoolgids 2025-2026 van een school in de gemeente (test)',
        status: 'vastgesteld',
        vorigeZomervakantie: { midden: { van: '2025-07-19', totEnMet: '2025-08-31' } },
        vakanties: {
          midden: [
            { naam: 'overig', omschrijving: 'studiedag', van: '2025-11-17', totEnMet: '2025-11-17' },
            { naam: 'zomervakantie', van: '2026-07-18', totEnMet: '2026-08-30' },
          ],
        },
      },
    ];
    expect(valideerVakantierooster(eigen)).toHaveLength(1);
  });
});
