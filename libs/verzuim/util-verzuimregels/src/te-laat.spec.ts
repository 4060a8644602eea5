import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { teLaatTrede } from './te-laat';

const register = InstructieRegister.laad();
const LADDER_IJSSEL_VECHT = register.voorGemeente('0193').regels.verzuim.teLaatLadder.waarde; // 002 §7

describe('teLaatTrede: the te-laat-komen ladder of 002 §7', () => {
  it.each([
    { geval: '002 §7: no occurrence yet', keer: 0, vanafKeer: null, actie: null },
    { geval: '002 §7 "iedere keer": the school registers', keer: 1, vanafKeer: 1, actie: 'geen-actie-leerplicht' },
    { geval: '002 §7: 4 times is not yet "meer dan 4"', keer: 4, vanafKeer: 1, actie: 'geen-actie-leerplicht' },
    { geval: '002 §7 "meer dan 4 keer": the school informs the parents', keer: 5, vanafKeer: 5, actie: 'geen-actie-leerplicht' },
    { geval: '002 §7: 9 times is not yet "meer dan 9"', keer: 9, vanafKeer: 5, actie: 'geen-actie-leerplicht' },
    { geval: '002 §7 "meer dan 9 keer": conversation at school', keer: 10, vanafKeer: 10, actie: 'gesprek-op-school' },
    { geval: '002 §7: 11 times stays at the conversation', keer: 11, vanafKeer: 10, actie: 'gesprek-op-school' },
    { geval: '002 §7 "12 keer": invitation and investigation', keer: 12, vanafKeer: 12, actie: 'uitnodiging-en-onderzoek' },
    { geval: '002 §7: 15 times stays at the investigation', keer: 15, vanafKeer: 12, actie: 'uitnodiging-en-onderzoek' },
    { geval: '002 §7 "16 keer of meer": follow-up along the MAS', keer: 16, vanafKeer: 16, actie: 'vervolg-volgens-mas' },
    { geval: '002 §7: far beyond the last step', keer: 40, vanafKeer: 16, actie: 'vervolg-volgens-mas' },
  ])('$geval ($keer)', ({ keer, vanafKeer, actie }) => {
    const trede = teLaatTrede(keer, LADDER_IJSSEL_VECHT);
    if (vanafKeer === null) {
      expect(trede).toBeNull();
    } else {
      expect(trede).toMatchObject({ vanafKeer, actie });
      expect(trede?.omschrijving.length).toBeGreaterThan(0);
    }
  });

  it.each(['0171', '1581', '0153'])('001 §2.2; 003 art 6 lid 10; 004 Hfst 1: no ladder in %s → null', (code) => {
    const ladder = register.voorGemeente(code).regels.verzuim.teLaatLadder.waarde;
    expect(ladder).toBeNull();
    expect(teLaatTrede(20, ladder)).toBeNull();
  });

  it('002 §7: the steps come from the instructie (a hand-built ladder starting at 3)', () => {
    const ladder = [
      { vanafKeer: 3, actie: 'gesprek-op-school' as const, omschrijving: 'test: vanaf 3' },
      { vanafKeer: 6, actie: 'vervolg-volgens-mas' as const, omschrijving: 'test: vanaf 6' },
    ];
    expect(teLaatTrede(2, ladder)).toBeNull();
    expect(teLaatTrede(3, ladder)).toEqual({ vanafKeer: 3, actie: 'gesprek-op-school', omschrijving: 'test: vanaf 3' });
    expect(teLaatTrede(7, ladder)).toEqual({ vanafKeer: 6, actie: 'vervolg-volgens-mas', omschrijving: 'test: vanaf 6' });
  });

  it.each([-1, 1.5, Number.NaN])('refuses %p occurrences (ONGELDIGE_INVOER)', (keer) => {
    expect(() => teLaatTrede(keer, LADDER_IJSSEL_VECHT)).toThrow(expect.objectContaining({ code: 'ONGELDIGE_INVOER', veld: 'keer' }));
  });
});
