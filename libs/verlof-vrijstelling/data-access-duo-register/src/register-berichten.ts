import {
  DUO_GESLACHTEN,
  DUO_VERVANGENDE_LEERPLICHT_ARTIKELEN,
  DUO_VRIJSTELLING_GRONDEN,
  type DuoBeeindiging,
  type DuoPersoonsgegevens,
  type DuoRegistratie,
} from './duo-registratie';

/** A problem with one field: its name and a code, never its value. */
export interface DuoRegistratieProbleem {
  veld: string;
  code: 'verplicht' | 'niet-toegestaan' | 'ongeldig' | 'periode';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const GEMEENTE = /^[0-9]{4}$/;
const POSTCODE = /^[1-9][0-9]{3}[A-Z]{2}$/;

export function isDatum(waarde: unknown): waarde is string {
  if (typeof waarde !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(waarde)) return false;
  const tijd = Date.parse(`${waarde}T00:00:00Z`);
  return !Number.isNaN(tijd) && new Date(tijd).toISOString().slice(0, 10) === waarde;
}

/** The day before a date (revocation ab initio ends an exemption the day before it began). */
export function dagErvoor(datum: string): string {
  return new Date(Date.parse(`${datum}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** BSN (elfproef, sum ≡ 0 mod 11) or onderwijsnummer (sum ≡ 5 mod 11, DUO): the persoonsgebonden nummer. */
export function isPersoonsgebondenNummer(waarde: string): boolean {
  if (!/^\d{9}$/.test(waarde) || waarde === '000000000') return false;
  let som = 0;
  for (let i = 0; i < 8; i += 1) som += Number(waarde[i]) * (9 - i);
  const rest = (((som - Number(waarde[8])) % 11) + 11) % 11;
  return rest === 0 || rest === 5;
}

/**
 * The register's rules for one registration, checked before it is queued, so a decision with data
 * DUO would refuse fails when it is taken and not weeks later in the sending job: the fields the
 * law asks per soort (Lpw art 3a–3c; art 6 lid 4–5; art 15 lid 3–4) and a period that ends on or
 * after it begins. Names the fields, never their values.
 */
export function valideerDuoRegistratie(registratie: DuoRegistratie): DuoRegistratieProbleem[] {
  const problemen: DuoRegistratieProbleem[] = [];
  const ongeldig = (veld: string) => problemen.push({ veld, code: 'ongeldig' });
  if (!UUID.test(registratie.registratieId)) ongeldig('registratieId');
  if (!GEMEENTE.test(registratie.gemeente)) ongeldig('gemeente');
  if (!isPersoonsgebondenNummer(registratie.persoonsgebondenNummer)) ongeldig('persoonsgebondenNummer');
  if (!POSTCODE.test(registratie.postcode)) ongeldig('postcode');
  if (!isDatum(registratie.begindatum)) ongeldig('begindatum');
  if (registratie.einddatum !== null && !isDatum(registratie.einddatum)) ongeldig('einddatum');
  switch (registratie.soort) {
    case 'vrijstelling-art5':
      if (!(DUO_VRIJSTELLING_GRONDEN as readonly string[]).includes(registratie.grond)) ongeldig('grond');
      break;
    case 'vrijstelling-art15':
      break;
    case 'vervangende-leerplicht':
      if (!(DUO_VERVANGENDE_LEERPLICHT_ARTIKELEN as readonly string[]).includes(registratie.artikel)) ongeldig('artikel');
      // A decision on vervangende leerplicht always has an end date (Lpw art 3a–3c).
      if (registratie.einddatum === null) problemen.push({ veld: 'einddatum', code: 'verplicht' });
      if (registratie.persoonsgegevens !== null) problemen.push(...valideerPersoonsgegevens(registratie.persoonsgegevens));
      break;
    default:
      ongeldig('soort');
  }
  if (isDatum(registratie.begindatum) && registratie.einddatum !== null && isDatum(registratie.einddatum) && registratie.einddatum < registratie.begindatum) {
    problemen.push({ veld: 'einddatum', code: 'periode' });
  }
  return problemen;
}

function valideerPersoonsgegevens(p: DuoPersoonsgegevens): DuoRegistratieProbleem[] {
  const problemen: DuoRegistratieProbleem[] = [];
  const leeg = (tekst: string | null) => tekst === null || tekst.trim().length === 0;
  if (leeg(p.naam.geslachtsnaam)) problemen.push({ veld: 'persoonsgegevens.naam.geslachtsnaam', code: 'verplicht' });
  if (leeg(p.adres.straat)) problemen.push({ veld: 'persoonsgegevens.adres.straat', code: 'verplicht' });
  if (!Number.isInteger(p.adres.huisnummer) || p.adres.huisnummer < 1 || p.adres.huisnummer > 99_999) problemen.push({ veld: 'persoonsgegevens.adres.huisnummer', code: 'ongeldig' });
  if (p.adres.huisletter !== null && !/^[A-Za-z]$/.test(p.adres.huisletter)) problemen.push({ veld: 'persoonsgegevens.adres.huisletter', code: 'ongeldig' });
  if (p.adres.toevoeging !== null && p.adres.toevoeging.length > 4) problemen.push({ veld: 'persoonsgegevens.adres.toevoeging', code: 'ongeldig' });
  if (!POSTCODE.test(p.adres.postcode)) problemen.push({ veld: 'persoonsgegevens.adres.postcode', code: 'ongeldig' });
  if (leeg(p.adres.woonplaats)) problemen.push({ veld: 'persoonsgegevens.adres.woonplaats', code: 'verplicht' });
  if (!(DUO_GESLACHTEN as readonly string[]).includes(p.geslacht)) problemen.push({ veld: 'persoonsgegevens.geslacht', code: 'ongeldig' });
  if (!isDatum(p.geboortedatum)) problemen.push({ veld: 'persoonsgegevens.geboortedatum', code: 'ongeldig' });
  return problemen;
}

/** The registration in the register's wire format (tools/duo-simulator/README.md). */
export function naarWireRegistratie(registratie: DuoRegistratie): Record<string, unknown> {
  const basis = {
    registratieId: registratie.registratieId,
    gemeente: registratie.gemeente,
    soort: registratie.soort,
    persoonsgebondenNummer: registratie.persoonsgebondenNummer,
    postcode: registratie.postcode,
    begindatum: registratie.begindatum,
    einddatum: registratie.einddatum,
  };
  switch (registratie.soort) {
    case 'vrijstelling-art5':
      return { ...basis, grond: registratie.grond, eerderBeroep: registratie.eerderBeroep };
    case 'vrijstelling-art15':
      return { ...basis, eerderBeroep: registratie.eerderBeroep };
    case 'vervangende-leerplicht': {
      const p = registratie.persoonsgegevens;
      return {
        ...basis,
        artikel: registratie.artikel,
        eerderVerleend: registratie.eerderVerleend,
        persoonsgegevens:
          p === null
            ? null
            : {
                naam: { voornamen: p.naam.voornamen, voorvoegsel: p.naam.voorvoegsel, geslachtsnaam: p.naam.geslachtsnaam },
                adres: {
                  straatnaam: p.adres.straat,
                  huisnummer: p.adres.huisnummer,
                  huisletter: p.adres.huisletter,
                  huisnummertoevoeging: p.adres.toevoeging,
                  postcode: p.adres.postcode,
                  woonplaats: p.adres.woonplaats,
                },
                geslacht: p.geslacht,
                geboortedatum: p.geboortedatum,
              },
      };
    }
  }
}

export function naarWireBeeindiging(beeindiging: DuoBeeindiging): Record<string, unknown> {
  return { registratieId: beeindiging.registratieId, gemeente: beeindiging.gemeente, einddatum: beeindiging.einddatum };
}
