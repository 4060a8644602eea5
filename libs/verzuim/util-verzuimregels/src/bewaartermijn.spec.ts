import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { bewaartermijn, type Classificatie } from './bewaartermijn';
import type { Regels, Zaaksoort } from './verzuimregels.types';

const register = InstructieRegister.laad();
const IJSSEL_VECHT = register.voorGemeente('0193').regels;
const ZUID_OOST_UTRECHT = register.voorGemeente('1581').regels;

/** Hand-built: the 2017 Selectielijst terms (21 years from birth) and other kwalificatieplicht/Wpg terms. */
const ANDERS: Regels = {
  ...IJSSEL_VECHT,
  retentie: {
    leerplichtJarenNaGeboorte: { waarde: 21, bron: 'test: Selectielijst 2017', status: 'vastgesteld' },
    kwalificatieplichtJarenNaEinde: { waarde: 3, bron: 'test: 3 jaar', status: 'vastgesteld' },
    wpgJaren: { waarde: 10, bron: 'test: 10 jaar', status: 'vastgesteld' },
  },
};

describe('bewaartermijn (privacy-retentie.md §9; Selectielijst 2020; Wpg)', () => {
  it.each([
    { geval: 'Selectielijst 2020 cat 12.1.3: leerplicht file, 19 years after birth', regels: IJSSEL_VECHT, classificatie: 'AVG', geboortedatum: '2010-03-15', soort: 'wettelijk', geslotenOp: null, bewaarTot: '2029-03-15', grondslag: ['12.1.3', 'Selectielijst 2020 cat 12.1.3; 000 art 3 lid 2'] },
    { geval: 'Selectielijst 2020 cat 12.1.3: special categories follow the same term', regels: ZUID_OOST_UTRECHT, classificatie: 'AVG-bijzonder', geboortedatum: '2010-03-15', soort: 'langdurig-relatief', geslotenOp: '2026-06-01', bewaarTot: '2029-03-15', grondslag: ['12.1.3', 'Selectielijst 2020 cat 12.1.3; 003 art 3 lid 2'] },
    { geval: 'Selectielijst 2020 cat 12.1.3: born 29 February → 1 March in a common year', regels: IJSSEL_VECHT, classificatie: 'AVG', geboortedatum: '2008-02-29', soort: 'absoluut', geslotenOp: null, bewaarTot: '2027-03-01', grondslag: ['12.1.3'] },
    { geval: 'Selectielijst 2020 cat 12.1.4: RMC/Doorstroompunt file, 2 years after the 23rd birthday', regels: IJSSEL_VECHT, classificatie: 'AVG', geboortedatum: '2004-06-01', soort: 'achttien-plus', geslotenOp: null, bewaarTot: '2029-06-01', grondslag: ['12.1.4', '23e verjaardag', 'Selectielijst 2020 cat 12.1.4; 000 art 3 lid 2'] },
    { geval: 'privacy-retentie.md §9: no birth date → cannot be computed', regels: IJSSEL_VECHT, classificatie: 'AVG', geboortedatum: null, soort: 'overig', geslotenOp: '2026-06-01', bewaarTot: null, grondslag: ['kan niet worden berekend', '12.1.3'] },
    { geval: 'privacy-retentie.md §9: no birth date on an 18+ file → cannot be computed', regels: IJSSEL_VECHT, classificatie: 'AVG', geboortedatum: null, soort: 'achttien-plus', geslotenOp: null, bewaarTot: null, grondslag: ['kan niet worden berekend', '12.1.4'] },
    { geval: 'Wpg: held while the case is open', regels: IJSSEL_VECHT, classificatie: 'Wpg', geboortedatum: '2010-03-15', soort: 'wettelijk', geslotenOp: null, bewaarTot: null, grondslag: ['zolang de zaak loopt', 'Wpg (bewaartermijn opsporingsgegevens BOA); 000 art 3 lid 2'] },
    { geval: 'Wpg: 5 years after closure', regels: IJSSEL_VECHT, classificatie: 'Wpg', geboortedatum: '2010-03-15', soort: 'wettelijk', geslotenOp: '2026-05-04', bewaarTot: '2031-05-04', grondslag: ['5 jaar na afsluiting'] },
    { geval: 'Wpg: the birth date does not matter', regels: IJSSEL_VECHT, classificatie: 'Wpg', geboortedatum: null, soort: 'achttien-plus', geslotenOp: '2026-05-04', bewaarTot: '2031-05-04', grondslag: ['Wpg'] },
    { geval: 'hand-built 21 years from birth (Selectielijst 2017)', regels: ANDERS, classificatie: 'AVG', geboortedatum: '2010-03-15', soort: 'wettelijk', geslotenOp: null, bewaarTot: '2031-03-15', grondslag: ['21 jaar', 'test: Selectielijst 2017'] },
    { geval: 'hand-built 3 years after the 23rd birthday', regels: ANDERS, classificatie: 'AVG', geboortedatum: '2004-06-01', soort: 'achttien-plus', geslotenOp: null, bewaarTot: '2030-06-01', grondslag: ['3 jaar', 'test: 3 jaar'] },
    { geval: 'hand-built 10 Wpg years', regels: ANDERS, classificatie: 'Wpg', geboortedatum: null, soort: 'wettelijk', geslotenOp: '2026-05-04', bewaarTot: '2036-05-04', grondslag: ['10 jaar', 'test: 10 jaar'] },
  ] as { geval: string; regels: Regels; classificatie: Classificatie; geboortedatum: string | null; soort: Zaaksoort; geslotenOp: string | null; bewaarTot: string | null; grondslag: string[] }[])(
    '$geval',
    ({ regels, classificatie, geboortedatum, soort, geslotenOp, bewaarTot, grondslag }) => {
      const termijn = bewaartermijn({ classificatie, geboortedatum, soort, geslotenOp, regels });
      expect(termijn.bewaarTot).toBe(bewaarTot);
      for (const deel of grondslag) expect(termijn.grondslag).toContain(deel);
      // the grondslag is stored with the record: never the birth date
      if (geboortedatum !== null) expect(termijn.grondslag).not.toContain(geboortedatum);
    },
  );

  it.each([
    ['geboortedatum', { geboortedatum: '2010-02-30', geslotenOp: null }],
    ['geslotenOp', { geboortedatum: '2010-03-15', geslotenOp: '2026-13-01' }],
  ])('refuses a bad %s (ONGELDIGE_DATUM)', (veld, datums) => {
    expect(() => bewaartermijn({ classificatie: 'AVG', soort: 'wettelijk', regels: IJSSEL_VECHT, ...datums })).toThrow(expect.objectContaining({ code: 'ONGELDIGE_DATUM', veld }));
  });
});
