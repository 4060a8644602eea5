import { BrpFout } from './brp-fout';
import { mutatieVanHaalCentraal, vanHaalCentraal } from './brp-persoon';

const KIND = '999901011';
const MOEDER = '999901023';
const VADER = '999901035';
const VOOGD = '999901047';

/** A Haal Centraal Persoon (BRP API Personen v2 shape) of a 14-year-old with two parents. */
function haalCentraalPersoon(overschrijf: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    burgerservicenummer: KIND,
    naam: { voornamen: 'Sanne Maria', voorvoegsel: 'van der', geslachtsnaam: 'Berg' },
    geslacht: { code: 'V', omschrijving: 'vrouw' },
    geboorte: { datum: { type: 'Datum', datum: '2012-03-04', langFormaat: '4 maart 2012' }, plaats: { code: '0193', omschrijving: 'Zwolle' } },
    gemeenteVanInschrijving: { code: '0193', omschrijving: 'Zwolle' },
    datumInschrijvingInGemeente: { type: 'Datum', datum: '2012-03-04' },
    verblijfplaats: {
      type: 'Adres',
      verblijfadres: { officieleStraatnaam: 'Thorbeckegracht', huisnummer: 12, huisletter: 'A', huisnummertoevoeging: 'bis', postcode: '8011VM', woonplaats: 'Zwolle' },
    },
    ouders: [
      { burgerservicenummer: MOEDER, naam: { voornamen: 'Anna', geslachtsnaam: 'Jansen' }, geslacht: { code: 'V' }, ouderAanduiding: '1' },
      { burgerservicenummer: VADER, naam: { voornamen: 'Pieter', voorvoegsel: 'van der', geslachtsnaam: 'Berg' }, geslacht: { code: 'M' }, ouderAanduiding: '2' },
    ],
    gezag: [
      {
        type: 'GezamenlijkOuderlijkGezag',
        ouders: [{ burgerservicenummer: MOEDER }, { burgerservicenummer: VADER }],
        minderjarige: { burgerservicenummer: KIND },
      },
    ],
    ...overschrijf,
  };
}

function gezagVanOuders(gezag: unknown[]): boolean[] {
  return vanHaalCentraal(haalCentraalPersoon({ gezag })).ouders.map((ouder) => ouder.heeftGezag);
}

function fout(json: unknown): BrpFout {
  try {
    vanHaalCentraal(json);
  } catch (error) {
    if (error instanceof BrpFout) return error;
    throw error;
  }
  throw new Error('vanHaalCentraal accepteerde ongeldige invoer');
}

describe('vanHaalCentraal', () => {
  it('maps a Haal Centraal person to the minimised BrpPersoon', () => {
    expect(vanHaalCentraal(haalCentraalPersoon())).toEqual({
      bsn: KIND,
      voornamen: 'Sanne Maria',
      voorvoegsel: 'van der',
      geslachtsnaam: 'Berg',
      geslacht: 'V',
      geboortedatum: '2012-03-04',
      geboorteplaats: 'Zwolle',
      gemeenteVanInschrijving: '0193',
      datumInschrijvingInGemeente: '2012-03-04',
      adres: { straat: 'Thorbeckegracht', huisnummer: 12, huisletter: 'A', toevoeging: 'bis', postcode: '8011VM', woonplaats: 'Zwolle' },
      ouders: [
        { bsn: MOEDER, voornamen: 'Anna', geslachtsnaam: 'Jansen', geslacht: 'V', heeftGezag: true },
        { bsn: VADER, voornamen: 'Pieter', voorvoegsel: 'van der', geslachtsnaam: 'Berg', geslacht: 'M', heeftGezag: true },
      ],
    });
  });

  it.each([
    ['gezamenlijk ouderlijk gezag (current name)', [{ type: 'GezamenlijkOuderlijkGezag', ouders: [{ burgerservicenummer: MOEDER }, { burgerservicenummer: VADER }], minderjarige: { burgerservicenummer: KIND } }], [true, true]],
    ['tweehoofdig ouderlijk gezag (v2.0 name)', [{ type: 'TweehoofdigOuderlijkGezag', ouders: [{ burgerservicenummer: MOEDER }, { burgerservicenummer: VADER }], minderjarige: { burgerservicenummer: KIND } }], [true, true]],
    ['eenhoofdig gezag of the mother', [{ type: 'EenhoofdigOuderlijkGezag', ouder: { burgerservicenummer: MOEDER }, minderjarige: { burgerservicenummer: KIND } }], [true, false]],
    ['gezamenlijk gezag of the father with a derde', [{ type: 'GezamenlijkGezag', ouder: { burgerservicenummer: VADER }, derde: { burgerservicenummer: VOOGD }, minderjarige: { burgerservicenummer: KIND } }], [false, true]],
    ['voogdij: neither parent', [{ type: 'Voogdij', derden: [{ burgerservicenummer: VOOGD }], minderjarige: { burgerservicenummer: KIND } }], [false, false]],
    ['gezag niet te bepalen: neither parent', [{ type: 'GezagNietTeBepalen', toelichting: 'onduidelijk', minderjarige: { burgerservicenummer: KIND } }], [false, false]],
    ['no gezag delivered (adult): neither parent', [], [false, false]],
    ['gezag over another child does not count', [{ type: 'EenhoofdigOuderlijkGezag', ouder: { burgerservicenummer: MOEDER }, minderjarige: { burgerservicenummer: VOOGD } }], [false, false]],
    ['an unknown future kind of gezag gives none', [{ type: 'NieuwSoortGezag', ouders: [{ burgerservicenummer: MOEDER }], minderjarige: { burgerservicenummer: KIND } }], [false, false]],
  ])('heeftGezag from the gezag array: %s', (_naam, gezag, verwacht) => {
    expect(gezagVanOuders(gezag)).toEqual(verwacht);
  });

  it('gives a parent without BSN no gezag (cannot be matched) but keeps the parent', () => {
    const persoon = vanHaalCentraal(
      haalCentraalPersoon({ ouders: [{ naam: { geslachtsnaam: 'Onbekend' } }], gezag: [{ type: 'EenhoofdigOuderlijkGezag', ouder: {}, minderjarige: { burgerservicenummer: KIND } }] }),
    );
    expect(persoon.ouders).toEqual([{ geslachtsnaam: 'Onbekend', heeftGezag: false }]);
  });

  it('treats RNI and a missing gemeente as 1999 and gives a foreign verblijfplaats no adres', () => {
    const rni = vanHaalCentraal(
      haalCentraalPersoon({
        gemeenteVanInschrijving: { code: '1999', omschrijving: 'Registratie Niet Ingezetenen (RNI)' },
        datumInschrijvingInGemeente: undefined,
        verblijfplaats: { type: 'VerblijfplaatsBuitenland', verblijfadres: { regel1: 'Hauptstraße 12', land: { code: '9089' } } },
      }),
    );
    expect(rni.gemeenteVanInschrijving).toBe('1999');
    expect(rni.adres).toBeUndefined();
    expect(vanHaalCentraal(haalCentraalPersoon({ gemeenteVanInschrijving: undefined })).gemeenteVanInschrijving).toBe('1999');
  });

  it('maps overlijden and tolerates a person without voornamen', () => {
    const persoon = vanHaalCentraal(
      haalCentraalPersoon({ naam: { geslachtsnaam: 'Berg' }, overlijden: { datum: { type: 'Datum', datum: '2025-06-01' } } }),
    );
    expect(persoon.overlijdensdatum).toBe('2025-06-01');
    expect(persoon.voornamen).toBe('');
  });

  it.each([
    ['JaarMaandDatum', { type: 'JaarMaandDatum', jaar: 2012, maand: 3, langFormaat: 'maart 2012' }],
    ['JaarDatum', { type: 'JaarDatum', jaar: 2012, langFormaat: '2012' }],
    ['DatumOnbekend', { type: 'DatumOnbekend', onbekend: true, langFormaat: 'onbekend' }],
  ])('refuses a %s birth date with BRP_ONVOLLEDIGE_DATUM naming the field', (type, datum) => {
    const error = fout(haalCentraalPersoon({ geboorte: { datum } }));
    expect(error.code).toBe('BRP_ONVOLLEDIGE_DATUM');
    expect(error.message).toBe(`BRP-persoon: veld 'geboorte.datum' is geen volledige datum (${type})`);
    expect(error.details.veld).toBe('geboorte.datum');
  });

  it('refuses a partial overlijdensdatum too', () => {
    const error = fout(haalCentraalPersoon({ overlijden: { datum: { type: 'JaarDatum', jaar: 2025 } } }));
    expect(error.code).toBe('BRP_ONVOLLEDIGE_DATUM');
    expect(error.details.veld).toBe('overlijden.datum');
  });

  it.each([
    ['an invalid BSN', { burgerservicenummer: '999901012' }, 'burgerservicenummer', 'is geen geldig burgerservicenummer'],
    ['a missing geslachtsnaam', { naam: { voornamen: 'Sanne' } }, 'naam.geslachtsnaam', 'ontbreekt'],
    ['an unknown geslacht code', { geslacht: { code: 'X' } }, 'geslacht.code', 'heeft een onbekende waarde'],
    ['a date that does not exist', { geboorte: { datum: { type: 'Datum', datum: '2012-02-30' } } }, 'geboorte.datum.datum', 'is geen bestaande datum'],
    ['an unknown date type', { geboorte: { datum: { type: 'Ergens', datum: '2012-03-04' } } }, 'geboorte.datum.type', 'heeft een onbekend type'],
    ['a bad parent BSN', { ouders: [{ burgerservicenummer: '123456789' }] }, 'ouders[0].burgerservicenummer', 'is geen geldig burgerservicenummer'],
    ['a bad postcode', { verblijfplaats: { type: 'Adres', verblijfadres: { postcode: 'Zwolle 1' } } }, 'verblijfplaats.verblijfadres.postcode', 'heeft een onjuist formaat'],
  ])('refuses %s with BRP_ONGELDIG_ANTWOORD naming the field', (_naam, overschrijf, veld, probleem) => {
    const error = fout(haalCentraalPersoon(overschrijf));
    expect(error.code).toBe('BRP_ONGELDIG_ANTWOORD');
    expect(error.details.veld).toBe(veld);
    expect(error.message).toBe(`BRP-persoon: veld '${veld}' ${probleem}`);
  });

  it('never puts the BSN, a name or an address in an error message', () => {
    const persoonsgegevens = ['999901012', 'Sanne', 'Berg', 'Jansen', 'Thorbeckegracht', 'Zwolle 1', '123456789', 'Xantippe'];
    const fouten = [
      fout(haalCentraalPersoon({ burgerservicenummer: '999901012' })),
      fout(haalCentraalPersoon({ naam: { voornamen: 'Sanne', geslachtsnaam: 42 } })),
      fout(haalCentraalPersoon({ geslacht: { code: 'Xantippe' } })),
      fout(haalCentraalPersoon({ verblijfplaats: { verblijfadres: { officieleStraatnaam: 'Thorbeckegracht', postcode: 'Zwolle 1' } } })),
      fout(haalCentraalPersoon({ ouders: [{ burgerservicenummer: '123456789', naam: { geslachtsnaam: 'Jansen' } }] })),
      fout('geen object'),
    ];
    for (const error of fouten) {
      for (const gegeven of persoonsgegevens) expect(error.message).not.toContain(gegeven);
    }
  });
});

describe('mutatieVanHaalCentraal', () => {
  const mutatie = {
    volgnummer: 7,
    mutatieId: 'a1b2',
    burgerservicenummer: KIND,
    soort: 'verhuizing-naar',
    gemeenteVanInschrijving: '0166',
    vorigeGemeente: '0193',
    datumGebeurtenis: '2026-11-01',
    geregistreerdOp: '2026-11-02T08:00:00.000Z',
  };

  it('maps a wijziging to BrpMutatie', () => {
    expect(mutatieVanHaalCentraal(mutatie)).toEqual({
      mutatieId: 'a1b2',
      volgnummer: 7,
      bsn: KIND,
      soort: 'verhuizing-naar',
      gemeente: '0166',
      vorigeGemeente: '0193',
      datumGebeurtenis: '2026-11-01',
      geregistreerdOp: '2026-11-02T08:00:00.000Z',
    });
  });

  it('refuses an unknown soort without quoting it', () => {
    expect(() => mutatieVanHaalCentraal({ ...mutatie, soort: 'adoptie' })).toThrow(
      expect.objectContaining({ code: 'BRP_ONGELDIG_ANTWOORD', message: "BRP-mutatie: veld 'soort' heeft een onbekende waarde" }),
    );
  });
});
