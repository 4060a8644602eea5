import type { DuoBeeindiging, DuoRegistratie, DuoVrijstellingGrond } from '@leerrecht/verlof-vrijstelling/data-access-duo-register';
import type { DuoRegistratieEntity } from './duo-registratie.entity';

/** First wait after DUO was unreachable; it doubles per failed attempt. */
export const EERSTE_WACHTTIJD_MS = 30_000;
/** Never wait longer than this: the register must learn of the decision (Lpw art 3a–3c, 6 lid 4, 15 lid 3). */
export const MAXIMALE_WACHTTIJD_MS = 3_600_000;

/** Wait before the next attempt after `pogingen` failed attempts: 30 s, 1, 2, 4 … minutes, at most an hour. */
export function wachttijdMs(pogingen: number): number {
  const exponent = Math.min(Math.max(0, pogingen - 1), 30);
  return Math.min(EERSTE_WACHTTIJD_MS * 2 ** exponent, MAXIMALE_WACHTTIJD_MS);
}

/**
 * The soort and ground DUO's register knows for an exemption article as the decisions and events
 * write it (`VrijstellingArtikelV1`): art 5 onder a/b/c and art 15 (koppelingen §3). Art 5a
 * (trekkend bestaan) is not in the register's field list: null (not in sources).
 */
export function duoSoortVanArtikel(artikel: '5 onder a' | '5 onder b' | '5 onder c' | '5a' | '15'): { soort: 'vrijstelling-art5'; grond: DuoVrijstellingGrond } | { soort: 'vrijstelling-art15' } | null {
  switch (artikel) {
    case '5 onder a':
      return { soort: 'vrijstelling-art5', grond: 'a' };
    case '5 onder b':
      return { soort: 'vrijstelling-art5', grond: 'b' };
    case '5 onder c':
      return { soort: 'vrijstelling-art5', grond: 'c' };
    case '15':
      return { soort: 'vrijstelling-art15' };
    case '5a':
      return null;
  }
}

type Rij = Pick<
  DuoRegistratieEntity,
  'id' | 'gemeente' | 'bsn' | 'soort' | 'grond' | 'artikel' | 'postcode' | 'begindatum' | 'einddatum' | 'eerderBeroep' | 'eerderVerleend' | 'persoonsgegevens'
>;

/** A queued registration as DUO's register takes it; the row's id is the registratieId. */
export function naarDuoRegistratie(rij: Rij): DuoRegistratie {
  const basis = { registratieId: rij.id, gemeente: rij.gemeente, persoonsgebondenNummer: rij.bsn, postcode: rij.postcode, begindatum: rij.begindatum, einddatum: rij.einddatum };
  // The table's CHECK constraint guarantees the fields per soort; a row without them is a bug.
  const ontbreekt = (veld: string): never => {
    throw new Error(`duo_registratie ${rij.id}: veld ${veld} ontbreekt voor soort ${rij.soort}`);
  };
  switch (rij.soort) {
    case 'vrijstelling-art5':
      return { ...basis, soort: rij.soort, grond: rij.grond ?? ontbreekt('grond'), eerderBeroep: rij.eerderBeroep ?? ontbreekt('eerder_beroep') };
    case 'vrijstelling-art15':
      return { ...basis, soort: rij.soort, eerderBeroep: rij.eerderBeroep ?? ontbreekt('eerder_beroep') };
    case 'vervangende-leerplicht':
      return {
        ...basis,
        soort: rij.soort,
        artikel: rij.artikel ?? ontbreekt('artikel'),
        einddatum: rij.einddatum ?? ontbreekt('einddatum'),
        eerderVerleend: rij.eerderVerleend ?? ontbreekt('eerder_verleend'),
        persoonsgegevens: rij.persoonsgegevens,
      };
  }
}

/** A queued beëindiging as DUO takes it: the registration's id (DUO's registratieId) and the new last day. */
export function naarDuoBeeindiging(rij: Pick<DuoRegistratieEntity, 'id' | 'gemeente' | 'registratieId' | 'einddatum'>): DuoBeeindiging {
  if (rij.registratieId === null || rij.einddatum === null) throw new Error(`duo_registratie ${rij.id}: beëindiging zonder registratie of einddatum`);
  return { registratieId: rij.registratieId, gemeente: rij.gemeente, einddatum: rij.einddatum };
}
