import { IJSSEL_VECHT, NOORDOOSTPOLDER, TWENTE, ZUID_OOST_UTRECHT } from '@leerrecht/shared/util-instructie';
import { NederlandseKalender } from '@leerrecht/shared/util-kalender';
import {
  art15Afweging,
  arbeidsinspectieMelden,
  berichttermijn,
  burgerzakenSignaalMogelijk,
  indientermijn,
  inschrijvenUiterlijk,
  isTeLaat,
  isVerlopen,
  leerplichtVanafBijBenadering,
  leesPostcode,
  leesSchooljaar,
  onderzoekUiterlijk,
  overlegSamenwerkingsverbandToegestaan,
  schooljaarPastBijOntvangst,
  uitgebreidOnderzoekRedenen,
  verklaringTeOud,
  volgendeKennisgevingVoor,
  vrijstellingsperiode,
  type Art5Grond,
  type VrijstellingArtikel,
} from './vrijstelling-regels';

const kalender = new NederlandseKalender();
const PROFIELEN = { 'ijssel-vecht': IJSSEL_VECHT, noordoostpolder: NOORDOOSTPOLDER, 'zuid-oost-utrecht': ZUID_OOST_UTRECHT, twente: TWENTE } as const;
type Profiel = keyof typeof PROFIELEN;
const vrijstelling = (profiel: Profiel) => PROFIELEN[profiel].regels.vrijstelling;

function schooljaar(naam: string) {
  const jaar = leesSchooljaar(naam);
  if (jaar === null) throw new Error(`geen schooljaar: ${naam}`);
  return jaar;
}

describe('schooljaar of a kennisgeving (Lpw art 1, 6)', () => {
  it('reads 2027-2028 as 1 August 2027 to 31 July 2028 and refuses anything else', () => {
    expect(leesSchooljaar('2027-2028')).toEqual({ start: '2027-08-01', eind: '2028-07-31', naam: '2027-2028' });
    expect(leesSchooljaar('2027-2029')).toBeNull();
    expect(leesSchooljaar('2027/2028')).toBeNull();
  });

  it.each([
    ['2026-2027', true],
    ['2027-2028', true],
    ['2028-2029', false],
    ['2025-2026', false],
  ])('received 1 March 2027, for schooljaar %s: %s (the running or the next schooljaar)', (naam, past) => {
    expect(schooljaarPastBijOntvangst(schooljaar(naam), '2027-03-01')).toBe(past);
  });
});

describe('in time (Lpw art 6 lid 1)', () => {
  it('a youth already leerplichtig: before 1 July preceding the schooljaar', () => {
    const termijn = indientermijn(schooljaar('2027-2028'), '2021-09-01');
    expect(termijn.uiterlijk).toBe('2027-06-30');
    expect(isTeLaat('2027-06-30', termijn)).toBe(false);
    expect(isTeLaat('2027-07-01', termijn)).toBe(true);
  });

  it('a youth who becomes leerplichtig during the schooljaar: at least a month before', () => {
    expect(indientermijn(schooljaar('2027-2028'), '2027-11-01').uiterlijk).toBe('2027-10-01');
    // 31 March minus a month in a leap year is 29 February.
    expect(indientermijn(schooljaar('2027-2028'), '2028-03-31').uiterlijk).toBe('2028-02-29');
  });
});

describe('period of the exemption and the next kennisgeving (000 art 12 lid 5; 003 art 11 lid 5 a–b)', () => {
  it('runs for the schooljaar; the next kennisgeving is due before 1 July before the next schooljaar', () => {
    const periode = vrijstellingsperiode({ grond: '5 onder b', schooljaar: schooljaar('2027-2028'), ontvangenOp: '2027-02-15', nooitGeschikt: false });
    expect(periode).toEqual({ van: '2027-08-01', totEnMet: '2028-07-31' });
    expect(volgendeKennisgevingVoor(periode)).toBe('2028-07-01');
  });

  it('a late kennisgeving for the running schooljaar starts on its receipt', () => {
    expect(vrijstellingsperiode({ grond: '5 onder b', schooljaar: schooljaar('2026-2027'), ontvangenOp: '2027-01-20', nooitGeschikt: false })).toEqual({ van: '2027-01-20', totEnMet: '2027-07-31' });
  });

  it('ground a with a statement that the youth will never be fit is open-ended, with no renewal (Lpw art 6 lid 2)', () => {
    const periode = vrijstellingsperiode({ grond: '5 onder a', schooljaar: schooljaar('2027-2028'), ontvangenOp: '2027-02-15', nooitGeschikt: true });
    expect(periode).toEqual({ van: '2027-08-01', totEnMet: null });
    expect(volgendeKennisgevingVoor(periode)).toBeNull();
  });

  it('"never fit" means nothing on another ground', () => {
    expect(vrijstellingsperiode({ grond: '5 onder b', schooljaar: schooljaar('2027-2028'), ontvangenOp: '2027-02-15', nooitGeschikt: true }).totEnMet).toBe('2028-07-31');
  });
});

describe('message due per ground and profile (000 art 12 lid 1, 4, 6; 003 art 11 lid 2 c, 3 d, 4 b)', () => {
  // Received Monday 11 January 2027; no holidays in the weeks after.
  const ontvangenOp = '2027-01-11';
  it.each<[Profiel, Art5Grond, string, string]>([
    // 20 werkdagen for the examination, then 10 werkdagen for the message.
    ['ijssel-vecht', '5 onder a', '2027-02-22', '000 art 12 lid 2; 000 art 12 lid 4'],
    ['zuid-oost-utrecht', '5 onder a', '2027-02-22', '003 art 11 lid 2 a; 003 art 11 lid 2 c'],
    // No term in the profile: the Awb's 8 weeks.
    ['noordoostpolder', '5 onder a', '2027-03-08', 'Awb art 4:13 lid 2'],
    ['ijssel-vecht', '5 onder b', '2027-02-08', '000 art 12 lid 6'],
    ['zuid-oost-utrecht', '5 onder b', '2027-02-08', '003 art 11 lid 3 d'],
    ['twente', '5 onder b', '2027-03-08', 'Awb art 4:13 lid 2'],
    ['ijssel-vecht', '5 onder c', '2027-03-08', 'Awb art 4:13 lid 2'],
    ['zuid-oost-utrecht', '5 onder c', '2027-02-08', '003 art 11 lid 4 b'],
    ['ijssel-vecht', '5a', '2027-03-08', 'Awb art 4:13 lid 2'],
  ])('%s, ground %s: by %s (%s)', (profiel, grond, uiterlijk, bron) => {
    expect(berichttermijn({ grond, ontvangenOp, termijnen: vrijstelling(profiel).termijnen }, kalender)).toMatchObject({ uiterlijk, bron });
  });

  it('ground a: once the statement is in, 10 werkdagen after it came in', () => {
    expect(berichttermijn({ grond: '5 onder a', ontvangenOp, termijnen: vrijstelling('ijssel-vecht').termijnen, verklaringOntvangenOp: '2027-02-01' }, kalender)).toMatchObject({ uiterlijk: '2027-02-15', vanaf: '2027-02-01' });
  });

  it('ground b: the longer term announced to the parents replaces it (000 art 12 lid 6)', () => {
    expect(berichttermijn({ grond: '5 onder b', ontvangenOp, termijnen: vrijstelling('ijssel-vecht').termijnen, verlengdTot: '2027-03-15' }, kalender).uiterlijk).toBe('2027-03-15');
  });

  it('the examination is due 20 werkdagen after the request where the profile sets it, else not monitored', () => {
    expect(onderzoekUiterlijk(ontvangenOp, vrijstelling('ijssel-vecht').termijnen.art5aOnderzoek, kalender)).toBe('2027-02-08');
    expect(onderzoekUiterlijk(ontvangenOp, vrijstelling('noordoostpolder').termijnen.art5aOnderzoek, kalender)).toBeNull();
  });

  it('a term is overdue the day after its last day, unless the step was done', () => {
    expect(isVerlopen('2027-02-08', '2027-02-08', false)).toBe(false);
    expect(isVerlopen('2027-02-08', '2027-02-09', false)).toBe(true);
    expect(isVerlopen('2027-02-08', '2027-02-09', true)).toBe(false);
    expect(isVerlopen(null, '2027-02-09', false)).toBe(false);
  });

  it('the enrolment term after a kennisgeving that does not comply: 20 werkdagen, across Easter (000 art 12 lid 9)', () => {
    // Goede Vrijdag 26 March and Tweede Paasdag 29 March 2027 are no werkdagen (Atw art 3).
    expect(inschrijvenUiterlijk('2027-03-01', vrijstelling('ijssel-vecht').inschrijftermijn, kalender)).toBe('2027-03-31');
  });
});

describe('age of the expert statement (Lpw art 7 lid 1: not older than 3 months)', () => {
  const max = vrijstelling('ijssel-vecht').verklaringMaxOuderdom;
  it.each([
    ['2026-12-01', false],
    ['2026-11-30', true],
    ['2027-02-20', false],
  ])('statement of %s, decision on 1 March 2027: too old %s', (datum, teOud) => {
    expect(verklaringTeOud(datum, '2027-03-01', max, kalender)).toBe(teOud);
  });
});

describe('Arbeidsinspectie notice per profile (000 art 12 lid 14; 001 §3.6)', () => {
  const schooljaar2728 = { van: '2027-08-01', totEnMet: '2028-07-31' };
  it.each<[Profiel, VrijstellingArtikel, string, boolean]>([
    // 000: every ground, between 16 and 18.
    ['ijssel-vecht', '5 onder c', '2011-05-01', true],
    ['ijssel-vecht', '15', '2011-05-01', true],
    ['ijssel-vecht', '5 onder b', '2013-01-01', false],
    // turns 16 during the schooljaar
    ['ijssel-vecht', '5 onder b', '2012-03-01', true],
    // 18 before the exemption starts
    ['ijssel-vecht', '5 onder b', '2009-06-01', false],
    // 001: only grounds 5 onder a and b
    ['noordoostpolder', '5 onder b', '2011-05-01', true],
    ['noordoostpolder', '5 onder c', '2011-05-01', false],
    // 003 and 004 ask for no notice
    ['zuid-oost-utrecht', '5 onder b', '2011-05-01', false],
    ['twente', '5 onder b', '2011-05-01', false],
  ])('%s, ground %s, born %s: %s', (profiel, artikel, geboortedatum, melden) => {
    expect(arbeidsinspectieMelden(vrijstelling(profiel).arbeidsinspectie.waarde, artikel, geboortedatum, schooljaar2728)).toBe(melden);
  });

  it('an open-ended exemption: by the age on its first day', () => {
    const regel = vrijstelling('ijssel-vecht').arbeidsinspectie.waarde;
    expect(arbeidsinspectieMelden(regel, '5 onder a', '2017-01-01', { van: '2027-08-01', totEnMet: null })).toBe(false);
    expect(arbeidsinspectieMelden(regel, '5 onder a', '2011-01-01', { van: '2027-08-01', totEnMet: null })).toBe(true);
  });
});

describe('extended review on ground b (004 Hfst 2.1)', () => {
  const geboortedatum = '2015-11-03';
  it('Twente: at the first kennisgeving', () => {
    expect(uitgebreidOnderzoekRedenen(vrijstelling('twente').art5bUitgebreidOnderzoek.waarde, { grond: '5 onder b', eersteKennisgeving: true, geboortedatum, schooljaar: schooljaar('2026-2027') })).toEqual(['eerste-kennisgeving']);
  });

  it('Twente: again in the schooljaar the child turns 12, and not the year after', () => {
    const regel = vrijstelling('twente').art5bUitgebreidOnderzoek.waarde;
    expect(uitgebreidOnderzoekRedenen(regel, { grond: '5 onder b', eersteKennisgeving: false, geboortedatum, schooljaar: schooljaar('2027-2028') })).toEqual(['leeftijd']);
    expect(uitgebreidOnderzoekRedenen(regel, { grond: '5 onder b', eersteKennisgeving: false, geboortedatum, schooljaar: schooljaar('2028-2029') })).toEqual([]);
    expect(uitgebreidOnderzoekRedenen(regel, { grond: '5 onder b', eersteKennisgeving: true, geboortedatum, schooljaar: schooljaar('2027-2028') })).toEqual(['eerste-kennisgeving', 'leeftijd']);
  });

  it('Twente: not on another ground; IJssel-Vecht: never', () => {
    expect(uitgebreidOnderzoekRedenen(vrijstelling('twente').art5bUitgebreidOnderzoek.waarde, { grond: '5 onder c', eersteKennisgeving: true, geboortedatum, schooljaar: schooljaar('2027-2028') })).toEqual([]);
    expect(uitgebreidOnderzoekRedenen(vrijstelling('ijssel-vecht').art5bUitgebreidOnderzoek.waarde, { grond: '5 onder b', eersteKennisgeving: true, geboortedatum, schooljaar: schooljaar('2027-2028') })).toEqual([]);
  });
});

describe('consent before the expert consults the samenwerkingsverband (000 art 12 lid 3, art 14; 003 art 13 lid 2)', () => {
  it.each([
    [{ toestemmingOuders: true, toestemmingJongere: false, leeftijd: 15 }, true],
    [{ toestemmingOuders: true, toestemmingJongere: false, leeftijd: 16 }, false],
    [{ toestemmingOuders: true, toestemmingJongere: true, leeftijd: 16 }, true],
    [{ toestemmingOuders: false, toestemmingJongere: true, leeftijd: 17 }, false],
  ])('%o: %s', (invoer, toegestaan) => {
    expect(overlegSamenwerkingsverbandToegestaan(invoer)).toBe(toegestaan);
  });
});

it('Burgerzaken signal: only at a second claim on ground c without daily commuting (003 toelichting art 11)', () => {
  expect(burgerzakenSignaalMogelijk({ grond: '5 onder c', eersteKennisgeving: false, dagelijksPendelen: false })).toBe(true);
  expect(burgerzakenSignaalMogelijk({ grond: '5 onder c', eersteKennisgeving: true, dagelijksPendelen: false })).toBe(false);
  expect(burgerzakenSignaalMogelijk({ grond: '5 onder c', eersteKennisgeving: false, dagelijksPendelen: true })).toBe(false);
  expect(burgerzakenSignaalMogelijk({ grond: '5 onder c', eersteKennisgeving: false, dagelijksPendelen: null })).toBe(false);
  expect(burgerzakenSignaalMogelijk({ grond: '5 onder b', eersteKennisgeving: false, dagelijksPendelen: false })).toBe(false);
});

it('art 15: both criteria weighed (000 art 11 lid 2; 003 art 10 lid 2)', () => {
  expect(art15Afweging({ draagtBijAanStartkwalificatie: true, tijdInRedelijkeVerhouding: true })).toBe('beide');
  expect(art15Afweging({ draagtBijAanStartkwalificatie: true, tijdInRedelijkeVerhouding: false })).toBe('een');
  expect(art15Afweging({ draagtBijAanStartkwalificatie: false, tijdInRedelijkeVerhouding: false })).toBe('geen');
});

it('start of leerplicht where the calendar is not known yet: the first of the month after the 5th birthday (Lpw art 3 lid 1)', () => {
  expect(leerplichtVanafBijBenadering('2022-12-15')).toBe('2028-01-01');
  expect(leerplichtVanafBijBenadering('2022-09-30')).toBe('2027-10-01');
});

it('postcode for the DUO register: 1234AB, spaces and case forgiven', () => {
  expect(leesPostcode('8011 aa')).toBe('8011AA');
  expect(leesPostcode('0123AB')).toBeNull();
  expect(leesPostcode('8011A')).toBeNull();
});
