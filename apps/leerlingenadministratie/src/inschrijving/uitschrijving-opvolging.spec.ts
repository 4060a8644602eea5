import { beoordeelUitschrijving, volgendeStapOpvolging, type Uitschrijving } from './uitschrijving-opvolging';

const BASIS: Uitschrijving = { uitgeschrevenOp: '2026-11-02', onderwijssoort: 'VO', geboortedatum: '2010-05-01', andereOpenInschrijving: false };

describe('beoordeelUitschrijving (sluitende inschrijving, 000 art 3 lid 8)', () => {
  it.each([
    ['16-year-old, no other enrolment: follow-up after 7 days (Lpw art 18 lid 1)', {}, true, 'jonger-dan-18', '2026-11-09'],
    ['17 on the day before the 18th birthday', { geboortedatum: '2008-11-03' }, true, 'jonger-dan-18', '2026-11-09'],
    ['18 on the birthday itself', { geboortedatum: '2008-11-02' }, false, 'achttien-of-ouder', null],
    ['19-year-old', { geboortedatum: '2007-01-15' }, false, 'achttien-of-ouder', null],
    ['matched by another open enrolment', { andereOpenInschrijving: true }, false, 'sluitend', null],
    ['birth date unknown: followed up, not assumed adult', { geboortedatum: null }, true, 'leeftijd-onbekend', '2026-11-09'],
    ['PO: 4-week alignment window (WPO bekostiging art 10)', { onderwijssoort: 'PO', geboortedatum: '2016-03-01' }, true, 'jonger-dan-18', '2026-11-30'],
  ])('%s', (_what, override, nodig, reden, wacht) => {
    const besluit = beoordeelUitschrijving({ ...BASIS, ...override });
    expect(besluit).toMatchObject({ nodig, reden, wachtTotEnMet: wacht });
    expect(besluit.bron.length).toBeGreaterThan(0);
  });
});

describe('volgendeStapOpvolging', () => {
  it('waits through the last day, then contacts the school first', () => {
    expect(volgendeStapOpvolging({ wachtTotEnMet: '2026-11-09' }, '2026-11-09')).toBe('wachten-op-inschrijving');
    expect(volgendeStapOpvolging({ wachtTotEnMet: '2026-11-09' }, '2026-11-10')).toBe('contact-school');
  });
});

describe('volgendeStapOpvolging after the school contact (000 art 3 lid 8; 001 §2.1)', () => {
  it('writes to the parents only after the school could not clarify, then waits for them', () => {
    expect(volgendeStapOpvolging({ wachtTotEnMet: '2026-09-07', schoolUitkomst: null }, '2026-09-08')).toBe('contact-school');
    expect(volgendeStapOpvolging({ wachtTotEnMet: '2026-09-07', schoolUitkomst: 'niet-opgehelderd' }, '2026-09-08')).toBe('brief-ouders');
    expect(volgendeStapOpvolging({ wachtTotEnMet: '2026-09-07', schoolUitkomst: 'niet-opgehelderd', oudersAangeschrevenOp: '2026-09-10' }, '2026-09-11')).toBe('wachten-op-reactie-ouders');
  });
});
