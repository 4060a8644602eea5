import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { LeerlingEntity } from '../leerlingdossier/leerling.entity';
import { maakBrief, type BriefGegevens } from './brief';

const register = InstructieRegister.laad();

const leerling = Object.assign(new LeerlingEntity(), {
  geboortedatum: '2016-03-10',
  voornamen: 'Sanne',
  voorvoegsel: null,
  geslachtsnaam: 'Jansen',
  adres: { straat: 'Kerkstraat', huisnummer: 12, postcode: '8011 AB', woonplaats: 'Zwolle' },
});
const aan = [{ naam: 'Anna Jansen', adres: 'Kerkstraat 12, 8011 AB Zwolle' }];
const termijn = { aantal: 10, eenheid: 'werkdagen' } as const;

/** The part of BriefGegevens that differs per kind (Omit per member, so the kinds stay apart). */
type Soortgegevens = BriefGegevens extends infer G ? (G extends BriefGegevens ? Omit<G, 'instructie' | 'leerling' | 'aan' | 'datum' | 'kenmerk'> : never) : never;

// Every kind of letter the one renderer writes, with the facts of its kind.
const SOORTEN: [string, Soortgegevens, string][] = [
  ['absoluut-verzuim-eerste', { soort: 'absoluut-verzuim-eerste', reactietermijn: termijn }, 'binnen 10 werkdagen'],
  ['absoluut-verzuim-tweede', { soort: 'absoluut-verzuim-tweede', reactietermijn: termijn, datumEersteBrief: '2026-12-18' }, 'Op 18 december 2026 hebben wij u gevraagd'],
  ['uitschrijving-zonder-bestemming', { soort: 'uitschrijving-zonder-bestemming', reactietermijn: termijn, school: { naam: 'Isala College', uitgeschrevenOp: '2026-09-01' } }, 'per 1 september 2026'],
  ['verzuim-afsluiting-ouders', { soort: 'verzuim-afsluiting-ouders', melding: { schoolNaam: 'Isala College', meldingsdatum: '2026-11-02', afsluitreden: 'geen-verzuim-langdurig-ziek' } }, 'de leerling is langdurig ziek'],
  ['verzuim-afsluiting-jongere', { soort: 'verzuim-afsluiting-jongere', melding: { schoolNaam: 'Isala College', meldingsdatum: '2026-11-02', afsluitreden: 'geen-verzuim-langdurig-ziek' } }, 'Beste Sanne Jansen'],
];

describe('maakBrief: one renderer for every letter, in every gemeente\'s template (instructie brieven)', () => {
  const gemeenten = register.gemeenten().map((code) => register.voorGemeente(code));

  it.each(SOORTEN)('%s renders completely for every gemeente served', (_soort, eigen, kenmerkendeZin) => {
    for (const instructie of gemeenten) {
      const tekst = maakBrief({ ...eigen, instructie, leerling, aan, datum: '2027-01-06', kenmerk: 'K-1' });
      expect(tekst).not.toMatch(/\{\{|\}\}/);
      expect(tekst).toContain(`${instructie.gemeenteNaam}, 6 januari 2027`);
      expect(tekst).toContain(`namens het college van burgemeester en wethouders van ${instructie.gemeenteNaam}`);
      expect(tekst).toContain(kenmerkendeZin);
    }
  });
});
