/**
 * What a gemeente reports to DUO's register vrijstellingen en vervangende leerplicht
 * (koppelingen §3): an exemption after a kennisgeving that meets the requirements (Lpw art 5;
 * art 6 lid 4–5; 000 art 12 lid 5; 003 art 11 lid 5 c), an exemption under art 15 (lid 3–4), or
 * vervangende leerplicht (art 3a–3c). The field list is the law's; the shape is ours.
 */
export const DUO_REGISTRATIE_SOORTEN = ['vrijstelling-art5', 'vrijstelling-art15', 'vervangende-leerplicht'] as const;
export type DuoRegistratieSoort = (typeof DUO_REGISTRATIE_SOORTEN)[number];

/** Lpw art 5 onder a (unfit), onder b (richting), onder c (school abroad). */
export const DUO_VRIJSTELLING_GRONDEN = ['a', 'b', 'c'] as const;
export type DuoVrijstellingGrond = (typeof DUO_VRIJSTELLING_GRONDEN)[number];

/** Lpw art 3a (adapted programme with praktijktijd) and 3b (arbeid van lichte aard). */
export const DUO_VERVANGENDE_LEERPLICHT_ARTIKELEN = ['3a', '3b'] as const;
export type DuoVervangendeLeerplichtArtikel = (typeof DUO_VERVANGENDE_LEERPLICHT_ARTIKELEN)[number];

/** BRP geslachtsaanduiding: man, vrouw, onbekend. */
export const DUO_GESLACHTEN = ['M', 'V', 'O'] as const;
export type DuoGeslacht = (typeof DUO_GESLACHTEN)[number];

/** Name, address, sex and birth date: only for vervangende leerplicht of a youth without Dutch education history (Lpw art 3a–3c). */
export interface DuoPersoonsgegevens {
  naam: { voornamen: string | null; voorvoegsel: string | null; geslachtsnaam: string };
  adres: { straat: string; huisnummer: number; huisletter: string | null; toevoeging: string | null; postcode: string; woonplaats: string };
  geslacht: DuoGeslacht;
  geboortedatum: string;
}

interface DuoRegistratieBasis {
  /** uuid chosen by the gemeente; DUO is idempotent on it (a resend with the same content changes nothing). */
  registratieId: string;
  /** CBS code of the gemeente that decided. */
  gemeente: string;
  /** BSN or onderwijsnummer. */
  persoonsgebondenNummer: string;
  /** Postcode of the youth's address, 1234AB. */
  postcode: string;
  begindatum: string;
  /** Inclusive; null for an open-ended exemption (an art 7 statement "never fit"). */
  einddatum: string | null;
}

export type DuoRegistratie =
  | (DuoRegistratieBasis & { soort: 'vrijstelling-art5'; grond: DuoVrijstellingGrond; /** "eerder beroep" (Lpw art 6 lid 4–5). */ eerderBeroep: boolean })
  | (DuoRegistratieBasis & { soort: 'vrijstelling-art15'; /** "eerder beroep" (Lpw art 15 lid 3–4). */ eerderBeroep: boolean })
  | (DuoRegistratieBasis & {
      soort: 'vervangende-leerplicht';
      artikel: DuoVervangendeLeerplichtArtikel;
      einddatum: string;
      /** "eerder verleend" (Lpw art 3a–3c). */
      eerderVerleend: boolean;
      persoonsgegevens: DuoPersoonsgegevens | null;
    });

export interface DuoRegistratieResultaat {
  registratieId: string;
  /** DUO's number of the registration. */
  registratienummer: string;
  ontvangenOp: string;
  /** True when DUO had it already (a resend after a lost answer). */
  herhaald: boolean;
}

/** The last day of a registered exemption or vervangende leerplicht that ends early; the day before its begindatum for a revocation. */
export interface DuoBeeindiging {
  registratieId: string;
  gemeente: string;
  einddatum: string;
}

export interface DuoBeeindigingResultaat {
  registratieId: string;
  einddatum: string;
  ontvangenOp: string;
  herhaald: boolean;
}

/**
 * DUO's register vrijstellingen en vervangende leerplicht as the verlof-vrijstelling service
 * sees it. The simulator client implements it; a production client (the administration
 * package's channel to DUO) would implement the same interface.
 */
export interface DuoVrijstellingenregister {
  registreer(registratie: DuoRegistratie): Promise<DuoRegistratieResultaat>;
  beeindig(beeindiging: DuoBeeindiging): Promise<DuoBeeindigingResultaat>;
}
