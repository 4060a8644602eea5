import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { MAS_ROUTES, beoordeelFaseovergang, beoordeelRoutekeuze, vereisUitleg, type MasRoute } from './mas';
import { VerzuimregelFout } from './verzuimregels.types';

const register = InstructieRegister.laad();
const MAS = register.voorGemeente('0193').regels.verzuim.fasen.waarde; // 000 art 2 lid 6; 002 §7: the five MAS phases
const NOP = register.voorGemeente('0171').regels.verzuim.fasen.waarde; // 001 §1.5: its own five

describe('beoordeelFaseovergang: pas toe of leg uit for the phases (000 art 2 lid 6; 002 §7; 003 art 2 lid 7)', () => {
  it('the profiles carry their phase lists', () => {
    expect(MAS).toEqual(['waarnemen', 'analyseren', 'plannen', 'handelen', 'evalueren']);
    expect(NOP).toEqual(['preventie', 'waarnemen', 'analyseren-en-afstemmen', 'aanpakken', 'terugkoppelen-en-evalueren']);
  });

  it.each([
    { geval: '000 art 2 lid 6: the first phase of a new case', fasen: MAS, huidige: null, nieuwe: 'waarnemen', uitleg: false },
    { geval: '000 art 2 lid 6: a new case starting in a later phase', fasen: MAS, huidige: null, nieuwe: 'analyseren', uitleg: true },
    { geval: '000 art 2 lid 6: the next phase', fasen: MAS, huidige: 'waarnemen', nieuwe: 'analyseren', uitleg: false },
    { geval: '000 art 2 lid 6: the last phase after the one before', fasen: MAS, huidige: 'handelen', nieuwe: 'evalueren', uitleg: false },
    { geval: '002 §7: skipping a phase', fasen: MAS, huidige: 'waarnemen', nieuwe: 'plannen', uitleg: true },
    { geval: '002 §7: going back a phase', fasen: MAS, huidige: 'plannen', nieuwe: 'analyseren', uitleg: true },
    { geval: '003 art 2 lid 7: staying in the same phase', fasen: MAS, huidige: 'analyseren', nieuwe: 'analyseren', uitleg: true },
    { geval: '001 §1.5: the first phase is preventie in Noordoostpolder', fasen: NOP, huidige: null, nieuwe: 'preventie', uitleg: false },
    { geval: '001 §1.5: preventie → waarnemen is the next phase', fasen: NOP, huidige: 'preventie', nieuwe: 'waarnemen', uitleg: false },
    { geval: '001 §1.5: waarnemen is not the first phase in Noordoostpolder', fasen: NOP, huidige: null, nieuwe: 'waarnemen', uitleg: true },
  ])('$geval', ({ fasen, huidige, nieuwe, uitleg }) => {
    const oordeel = beoordeelFaseovergang({ huidige, nieuwe, fasen });
    expect(oordeel.uitlegVereist).toBe(uitleg);
    expect(oordeel.reden.length).toBeGreaterThan(0);
  });

  it.each([
    ['nieuwe', { huidige: null, nieuwe: 'aanpakken', fasen: MAS }],
    ['huidige', { huidige: 'aanpakken', nieuwe: 'evalueren', fasen: MAS }],
  ])('refuses an unknown phase in %s (ONBEKENDE_FASE)', (veld, invoer) => {
    expect(() => beoordeelFaseovergang(invoer)).toThrow(expect.objectContaining({ code: 'ONBEKENDE_FASE', veld }));
  });
});

describe('beoordeelRoutekeuze: the MAS routes in order (002 §4, §7)', () => {
  it('002 §4: jeugdhulp, Halt, civil, criminal', () => {
    expect(MAS_ROUTES).toEqual(['jeugdhulp', 'halt', 'civiel', 'strafrechtelijk']);
  });

  it.each([
    { geval: '002 §4: youth care first', eerdere: [], nieuwe: 'jeugdhulp', uitleg: false },
    { geval: '002 §7: starting with Halt without youth care is direct escalation', eerdere: [], nieuwe: 'halt', uitleg: true },
    { geval: '002 §7: starting with the criminal route', eerdere: [], nieuwe: 'strafrechtelijk', uitleg: true },
    { geval: '002 §4: Halt after youth care', eerdere: ['jeugdhulp'], nieuwe: 'halt', uitleg: false },
    { geval: '002 §7: civil route after youth care skips Halt', eerdere: ['jeugdhulp'], nieuwe: 'civiel', uitleg: true },
    { geval: '002 §4: civil route after youth care and Halt', eerdere: ['jeugdhulp', 'halt'], nieuwe: 'civiel', uitleg: false },
    { geval: '002 §4: the criminal route after the civil route', eerdere: ['jeugdhulp', 'halt', 'civiel'], nieuwe: 'strafrechtelijk', uitleg: false },
    { geval: '002 §7: criminal route after Halt skips the civil route', eerdere: ['jeugdhulp', 'halt'], nieuwe: 'strafrechtelijk', uitleg: true },
    { geval: '002 §4: back to youth care after Halt', eerdere: ['halt'], nieuwe: 'jeugdhulp', uitleg: false },
    { geval: '002 §4: youth care again', eerdere: ['jeugdhulp'], nieuwe: 'jeugdhulp', uitleg: false },
    { geval: '002 §4: the highest earlier route counts, in any order', eerdere: ['halt', 'jeugdhulp'], nieuwe: 'civiel', uitleg: false },
  ] as { geval: string; eerdere: MasRoute[]; nieuwe: MasRoute; uitleg: boolean }[])('$geval', ({ eerdere, nieuwe, uitleg }) => {
    const oordeel = beoordeelRoutekeuze({ eerdereRoutes: eerdere, nieuwe });
    expect(oordeel.uitlegVereist).toBe(uitleg);
    if (uitleg) expect(oordeel.reden).toContain('002 §7');
  });

  it.each([
    ['nieuwe', { eerdereRoutes: [], nieuwe: 'dwangsom' }],
    ['eerdereRoutes', { eerdereRoutes: ['zorgmelding'], nieuwe: 'halt' }],
  ])('refuses an unknown route in %s (ONBEKENDE_ROUTE)', (veld, invoer) => {
    expect(() => beoordeelRoutekeuze(invoer as { eerdereRoutes: MasRoute[]; nieuwe: MasRoute })).toThrow(expect.objectContaining({ code: 'ONBEKENDE_ROUTE', veld }));
  });
});

describe('vereisUitleg: a deviation needs a written explanation (000 art 2 lid 6; 003 art 2 lid 7)', () => {
  it.each([
    { geval: 'not required, none given', vereist: false, uitleg: null, weigert: false },
    { geval: 'required, none given', vereist: true, uitleg: null, weigert: true },
    { geval: 'required, undefined', vereist: true, uitleg: undefined, weigert: true },
    { geval: 'required, only white space', vereist: true, uitleg: '   \n\t  ', weigert: true },
    { geval: 'required, 9 characters spread with spaces', vereist: true, uitleg: '  a b c d e f g h i  ', weigert: true },
    { geval: 'required, exactly 10 non-space characters', vereist: true, uitleg: 'zie dossier', weigert: false },
    { geval: 'required, a real reason', vereist: true, uitleg: 'Direct Halt: de jongere weigert elke hulp en spijbelt structureel.', weigert: false },
  ])('$geval', ({ vereist, uitleg, weigert }) => {
    if (weigert) {
      let fout: unknown;
      try {
        vereisUitleg(vereist, uitleg, 'routeUitleg');
      } catch (e) {
        fout = e;
      }
      expect(fout).toBeInstanceOf(VerzuimregelFout);
      expect(fout).toMatchObject({ code: 'REDEN_VEREIST', veld: 'routeUitleg' });
      expect((fout as Error).message).toContain('routeUitleg');
    } else {
      expect(() => vereisUitleg(vereist, uitleg, 'routeUitleg')).not.toThrow();
    }
  });
});
