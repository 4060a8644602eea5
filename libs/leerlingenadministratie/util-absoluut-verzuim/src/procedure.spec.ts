import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { NederlandseKalender, type Datum } from '@leerrecht/shared/util-kalender';
import { AbsoluutVerzuimFout, type AbsoluutVerzuimGebeurtenis, type AbsoluutVerzuimProcedure } from './absoluut-verzuim.types';
import { startProcedure, verwerk, volgendeStap } from './procedure';

const kalender = new NederlandseKalender();
const register = InstructieRegister.laad();
const IJSSEL_VECHT = register.voorGemeente('0193').regels; // Zwolle, profile 000
const NOORDOOSTPOLDER = register.voorGemeente('0171').regels; // profile 001
const TWENTE = register.voorGemeente('0153').regels; // Enschede, profile 004
const ZUID_OOST_UTRECHT = register.voorGemeente('1581').regels; // Utrechtse Heuvelrug, profile 003

function speel(start: Datum, ...gebeurtenissen: AbsoluutVerzuimGebeurtenis[]): AbsoluutVerzuimProcedure {
  return gebeurtenissen.reduce(verwerk, startProcedure(start));
}

/** Admin check done on `controle`, first letter sent on `brief1`. */
function naEersteBrief(controle: Datum, brief1: Datum): AbsoluutVerzuimProcedure {
  return speel(controle, { soort: 'administratieve-controle-afgerond', datum: controle }, { soort: 'brief-verzonden', datum: brief1, brief: 'eerste' });
}

describe('due date of the first letter in werkdagen (000 art 3 lid 7; Atw art 1 lid 1, art 3)', () => {
  it.each([
    {
      // Letter on Fri 18 Dec 2026. Werkdagen: Mon 21 (1), Tue 22 (2), Wed 23 (3), Thu 24 (4);
      // Fri 25 = Eerste Kerstdag (Sat 26 = Tweede Kerstdag, weekend anyway); Mon 28 (5), Tue 29 (6),
      // Wed 30 (7), Thu 31 (8); Fri 1 Jan 2027 = Nieuwjaarsdag; Mon 4 (9), Tue 5 (10).
      // Counting weekdays only would give Fri 1 Jan 2027.
      geval: 'across Kerst and Nieuwjaar 2026-2027',
      brief1: '2026-12-18',
      uiterlijk: '2027-01-05',
    },
    {
      // Letter on Fri 24 Apr 2026. Mon 27 = Koningsdag; Tue 28 (1), Wed 29 (2), Thu 30 (3),
      // Fri 1 May (4), Mon 4 (5); Tue 5 May = Bevrijdingsdag (Atw art 3 lid 1 "de vijfde mei");
      // Wed 6 (6), Thu 7 (7), Fri 8 (8), Mon 11 (9), Tue 12 (10). Weekdays only: Fri 8 May.
      geval: 'across Koningsdag and Bevrijdingsdag 2026',
      brief1: '2026-04-24',
      uiterlijk: '2026-05-12',
    },
  ])('$geval: reply due $uiterlijk', ({ brief1, uiterlijk }) => {
    const procedure = naEersteBrief(brief1, brief1);
    expect(volgendeStap(procedure, brief1, IJSSEL_VECHT, kalender)).toEqual({
      soort: 'geen-actie',
      uiterlijk,
      bron: ['000 art 3 lid 7'],
      aandachtspunten: [],
    });
  });
});

describe('state machine per peildatum (administratie.md §5.2 steps 2, 4, 6)', () => {
  // First letter Mon 2 Mar 2026 + 10 werkdagen = Mon 16 Mar 2026 (no holidays in between).
  const brief1 = naEersteBrief('2026-02-27', '2026-03-02');
  // Second letter Tue 17 Mar 2026 + 10 werkdagen = Tue 31 Mar 2026.
  const brief2 = verwerk(brief1, { soort: 'brief-verzonden', datum: '2026-03-17', brief: 'tweede' });

  it.each([
    { geval: 'new candidate: administrative check first', bron: '000 art 8 lid 1; 000 art 3 lid 7', procedure: startProcedure('2026-02-27'), peildatum: '2026-02-27', soort: 'voer-administratieve-controle-uit', uiterlijk: undefined },
    { geval: 'check found nothing: first letter', bron: '000 art 3 lid 7', procedure: speel('2026-02-27', { soort: 'administratieve-controle-afgerond', datum: '2026-02-27' }), peildatum: '2026-02-27', soort: 'verstuur-eerste-brief', uiterlijk: undefined },
    { geval: 'last reply day of letter 1: no action yet', bron: '000 art 3 lid 7', procedure: brief1, peildatum: '2026-03-16', soort: 'geen-actie', uiterlijk: '2026-03-16' },
    { geval: 'day after letter 1 due date: second letter', bron: '000 art 3 lid 7', procedure: brief1, peildatum: '2026-03-17', soort: 'verstuur-tweede-brief', uiterlijk: undefined },
    { geval: 'last reply day of letter 2: no action yet', bron: '§5.2 step 6 (inferred same term)', procedure: brief2, peildatum: '2026-03-31', soort: 'geen-actie', uiterlijk: '2026-03-31' },
    { geval: 'day after letter 2 due date: escalate', bron: '000 art 3 lid 7, art 8', procedure: brief2, peildatum: '2026-04-01', soort: 'start-onderzoek-absoluut-verzuim', uiterlijk: undefined },
  ])('$geval ($bron)', ({ procedure, peildatum, soort, uiterlijk }) => {
    const actie = volgendeStap(procedure, peildatum, IJSSEL_VECHT, kalender);
    expect(actie.soort).toBe(soort);
    expect(actie.uiterlijk).toBe(uiterlijk);
  });

  it('second letter cites the profile article and flags the inferred term (000 art 3 lid 7; §5.2 step 6)', () => {
    const actie = volgendeStap(brief1, '2026-03-17', IJSSEL_VECHT, kalender);
    expect(actie.bron).toEqual(['000 art 3 lid 7']);
    expect(actie.aandachtspunten).toEqual([expect.stringContaining('(inferred)')]);
  });

  it('a configured second-letter term replaces the inferred one (§5.2 step 6)', () => {
    const opties = { tweedeReactietermijn: { aantal: 5, eenheid: 'werkdagen' as const, bron: 'test-configuratie' } };
    // Tue 17 Mar 2026 + 5 werkdagen = Tue 24 Mar 2026.
    expect(volgendeStap(brief2, '2026-03-24', IJSSEL_VECHT, kalender, opties)).toEqual({ soort: 'geen-actie', uiterlijk: '2026-03-24', bron: ['test-configuratie'], aandachtspunten: [] });
    expect(volgendeStap(brief2, '2026-03-25', IJSSEL_VECHT, kalender, opties).soort).toBe('start-onderzoek-absoluut-verzuim');
  });
});

describe('escalation after an unanswered second letter differs per profile (§5.2 step 7; §10)', () => {
  const procedure = verwerk(naEersteBrief('2026-02-27', '2026-03-02'), { soort: 'brief-verzonden', datum: '2026-03-17', brief: 'tweede' });

  it.each([
    { profiel: 'ijssel-vecht', regels: IJSSEL_VECHT, soort: 'start-onderzoek-absoluut-verzuim', bron: ['000 art 3 lid 7', 'Lpw art 22 lid 1 (geen termijn; 000 art 8 noemt er geen)'], uiterlijk: undefined },
    { profiel: 'noordoostpolder', regels: NOORDOOSTPOLDER, soort: 'plan-huisbezoek', bron: ['001 §3.2'], uiterlijk: undefined },
    // 003 art 7 lid 1: "uiterlijk binnen vijf werkdagen", counted from the last reply day Tue 31 Mar 2026:
    // Wed 1 (1), Thu 2 (2), Fri 3 Apr = Goede Vrijdag (Atw art 3 lid 2), Mon 6 = Tweede Paasdag; Tue 7 (3), Wed 8 (4), Thu 9 (5).
    { profiel: 'zuid-oost-utrecht', regels: ZUID_OOST_UTRECHT, soort: 'start-onderzoek-absoluut-verzuim', bron: ['003 art 3 lid 6; 003 toelichting art 3', '003 art 7 lid 1'], uiterlijk: '2026-04-09' },
  ])('$profiel → $soort', ({ regels, soort, bron, uiterlijk }) => {
    const actie = volgendeStap(procedure, '2026-04-01', regels, kalender);
    expect(actie.soort).toBe(soort);
    expect(actie.bron).toEqual(bron);
    expect(actie.uiterlijk).toBe(uiterlijk);
  });

  it('records the escalation; afterwards nothing is left for this procedure (§5.3)', () => {
    const geescaleerd = verwerk(procedure, { soort: 'geëscaleerd', datum: '2026-04-01', vervolg: 'huisbezoek' });
    expect(geescaleerd.status).toBe('geëscaleerd');
    expect(geescaleerd.escalatie).toEqual({ datum: '2026-04-01', vervolg: 'huisbezoek' });
    expect(volgendeStap(geescaleerd, '2026-04-02', NOORDOOSTPOLDER, kalender).soort).toBe('geen-actie');
  });
});

describe('a placeholder reactietermijn is used but flagged (instructie status aan-te-leveren)', () => {
  it.each([
    { profiel: 'noordoostpolder', regels: NOORDOOSTPOLDER, bron: '001 §3.2 (brief zonder termijn)', flagged: true },
    { profiel: 'twente', regels: TWENTE, bron: 'Lpw art 19 (geen wettelijke termijn; 004 zwijgt)', flagged: true },
    { profiel: 'ijssel-vecht', regels: IJSSEL_VECHT, bron: '000 art 3 lid 7', flagged: false },
  ])('$profiel: flagged=$flagged', ({ regels, bron, flagged }) => {
    const actie = volgendeStap(naEersteBrief('2026-03-02', '2026-03-02'), '2026-03-02', regels, kalender);
    expect(actie).toMatchObject({ soort: 'geen-actie', uiterlijk: '2026-03-16', bron: [bron] });
    expect(actie.aandachtspunten.some((p) => p.includes('aan-te-leveren'))).toBe(flagged);
  });
});

describe('reply "ingeschreven" is verified before the check closes (000 art 3 lid 7; 001 §3.2; 003 toelichting art 3)', () => {
  const beantwoord = verwerk(naEersteBrief('2026-03-02', '2026-03-02'), { soort: 'antwoord-ontvangen', datum: '2026-03-05', ingeschreven: true });

  it('goes to verification and asks for it', () => {
    expect(beantwoord.status).toBe('inschrijving-verifieren');
    expect(volgendeStap(beantwoord, '2026-03-05', IJSSEL_VECHT, kalender).soort).toBe('verifieer-inschrijving');
  });

  it('refuses to close without verification', () => {
    const sluit = () => verwerk(beantwoord, { soort: 'afsluiten', datum: '2026-03-06' });
    expect(sluit).toThrow(AbsoluutVerzuimFout);
    expect(sluit).toThrow(expect.objectContaining({ code: 'VERIFICATIE_ONTBREEKT' }));
  });

  it('closes after verification, without touching the earlier state', () => {
    const gesloten = verwerk(beantwoord, { soort: 'inschrijving-geverifieerd', datum: '2026-03-06' });
    expect(gesloten).toMatchObject({ status: 'afgesloten-ingeschreven', geverifieerdOp: '2026-03-06', afgeslotenOp: '2026-03-06' });
    expect(beantwoord.status).toBe('inschrijving-verifieren');
    expect(() => verwerk(gesloten, { soort: 'antwoord-ontvangen', datum: '2026-03-07', ingeschreven: false })).toThrow(expect.objectContaining({ code: 'PROCEDURE_AFGESLOTEN' }));
  });

  it('an unconfirmed claim leads to escalation without waiting for the term (§5.2 step 7, inferred)', () => {
    const nietBevestigd = verwerk(beantwoord, { soort: 'inschrijving-niet-bevestigd', datum: '2026-03-09' });
    expect(nietBevestigd.status).toBe('eerste-brief-verzonden');
    // Before the letter-1 due date (16 Mar 2026), yet the next step is the escalation.
    expect(volgendeStap(nietBevestigd, '2026-03-09', NOORDOOSTPOLDER, kalender).soort).toBe('plan-huisbezoek');
  });
});

describe('refused transitions carry a code', () => {
  it.each([
    {
      geval: 'first letter before the administrative check (000 art 8 lid 1)',
      procedure: startProcedure('2026-03-02'),
      gebeurtenis: { soort: 'brief-verzonden', datum: '2026-03-02', brief: 'eerste' } as const,
      code: 'ADMINISTRATIEVE_CONTROLE_OPEN',
    },
    {
      geval: 'escalation straight after the first letter (§5.2 step 6: a second letter first)',
      procedure: naEersteBrief('2026-03-02', '2026-03-02'),
      gebeurtenis: { soort: 'geëscaleerd', datum: '2026-03-20', vervolg: 'onderzoek-absoluut-verzuim' } as const,
      code: 'ONGELDIGE_OVERGANG',
    },
    {
      geval: 'event dated before the previous one (§5.3 record order)',
      procedure: naEersteBrief('2026-03-02', '2026-03-04'),
      gebeurtenis: { soort: 'antwoord-ontvangen', datum: '2026-03-03', ingeschreven: true } as const,
      code: 'DATUM_VOLGORDE',
    },
  ])('$geval → $code', ({ procedure, gebeurtenis, code }) => {
    expect(() => verwerk(procedure, gebeurtenis)).toThrow(expect.objectContaining({ code }));
  });

  it('administrative resolution closes the check before any letter (000 art 8 lid 1)', () => {
    const opgelost = verwerk(startProcedure('2026-03-02'), { soort: 'administratief-opgelost', datum: '2026-03-03' });
    expect(opgelost).toMatchObject({ status: 'afgesloten-administratief', afgeslotenOp: '2026-03-03' });
  });
});
