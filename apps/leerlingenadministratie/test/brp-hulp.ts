import { testBsn } from '@leerrecht/shared/util-testing';

/** The date `jaren` years before today (UTC), shifted by `dagen`; for exact age boundaries. */
export function jarenGeleden(jaren: number, dagen = 0): string {
  const nu = new Date();
  const datum = new Date(Date.UTC(nu.getUTCFullYear() - jaren, nu.getUTCMonth(), nu.getUTCDate() + dagen));
  return datum.toISOString().slice(0, 10);
}

export function dagenGeleden(dagen: number): string {
  return new Date(Date.now() - dagen * 86_400_000).toISOString();
}

const WOONPLAATS: Record<string, string> = { '0193': 'Zwolle', '0166': 'Kampen', '0171': 'Emmeloord', '1581': 'Doorn', '0153': 'Enschede' };

/**
 * A person in the shape of the Haal Centraal BRP Personen API (v2), with one parent holding
 * eenhoofdig gezag and a second parent without gezag, so letters must pick the right adult.
 */
export function hcPersoon(bsn: string, geboortedatum: string, gemeente: string, ouderSeed: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const moeder = testBsn(ouderSeed);
  const vader = testBsn(ouderSeed + 1);
  return {
    burgerservicenummer: bsn,
    naam: { voornamen: 'Sanne', geslachtsnaam: 'Jansen' },
    geslacht: { code: 'V', omschrijving: 'vrouw' },
    geboorte: { datum: { type: 'Datum', datum: geboortedatum }, plaats: { omschrijving: 'Zwolle' } },
    gemeenteVanInschrijving: { code: gemeente, omschrijving: WOONPLAATS[gemeente] ?? 'Onbekend' },
    verblijfplaats: { type: 'Adres', verblijfadres: { officieleStraatnaam: 'Kerkstraat', huisnummer: 12, postcode: '8011 AB', woonplaats: WOONPLAATS[gemeente] ?? 'Onbekend' } },
    ouders: [
      { burgerservicenummer: moeder, naam: { voornamen: 'Anna', geslachtsnaam: 'Jansen' }, geslacht: { code: 'V' }, ouderAanduiding: '1' },
      { burgerservicenummer: vader, naam: { voornamen: 'Piet', voorvoegsel: 'de', geslachtsnaam: 'Vries' }, geslacht: { code: 'M' }, ouderAanduiding: '2' },
    ],
    gezag: [{ type: 'EenhoofdigOuderlijkGezag', ouder: { burgerservicenummer: moeder }, minderjarige: { burgerservicenummer: bsn } }],
    ...extra,
  };
}
