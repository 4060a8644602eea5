import { createHash } from 'node:crypto';
import type { BrpMutatie, BrpPersoon } from '@leerrecht/leerlingenadministratie/data-access-brp';
import { isGeldigBsn } from '@leerrecht/shared/util-bsn';
import { isDatum } from '@leerrecht/shared/util-kalender';
import { populatieOordeel, RNI_GEMEENTE } from './populatie';
import type { PersoonRij } from './populatie.repository';

/** Canonical content of a mutation: a replay with the same id and content is the same mutation. */
export function mutatieHash(m: BrpMutatie): string {
  const inhoud = [m.mutatieId, m.bsn, m.soort, m.gemeente, m.vorigeGemeente ?? '', m.datumGebeurtenis, new Date(m.geregistreerdOp).toISOString()].join('|');
  return createHash('sha256').update(inhoud).digest('hex');
}

/** Why a mutation cannot be processed; a code and a field name, never the value. */
export function mutatieFout(m: BrpMutatie): { code: string; veld: string } | null {
  if (!isGeldigBsn(m.bsn)) return { code: 'ONGELDIG_BSN', veld: 'burgerservicenummer' };
  if (!isDatum(m.datumGebeurtenis)) return { code: 'ONGELDIGE_DATUM', veld: 'datumGebeurtenis' };
  if (Number.isNaN(new Date(m.geregistreerdOp).getTime())) return { code: 'ONGELDIGE_DATUM', veld: 'geregistreerdOp' };
  if (!/^\d{4}$/.test(m.gemeente)) return { code: 'ONGELDIGE_GEMEENTE', veld: 'gemeenteVanInschrijving' };
  return null;
}

/** The row the administration of `gemeente` keeps for a BRP person, with the population filter applied. */
export function naarPersoonRij(persoon: BrpPersoon, persoonSleutel: string, gemeente: string, leeftijd: { van: number; totEnMet: number }, peildatum: string): PersoonRij {
  const oordeel = populatieOordeel(
    { geboortedatum: persoon.geboortedatum, gemeenteVanInschrijving: persoon.gemeenteVanInschrijving, overlijdensdatum: persoon.overlijdensdatum ?? null },
    gemeente,
    leeftijd,
    peildatum,
  );
  return {
    bsn: persoon.bsn,
    persoonSleutel,
    geboortedatum: persoon.geboortedatum,
    voornamen: persoon.voornamen ?? null,
    voorvoegsel: persoon.voorvoegsel ?? null,
    geslachtsnaam: persoon.geslachtsnaam ?? null,
    geslacht: persoon.geslacht ?? null,
    geboorteplaats: persoon.geboorteplaats ?? null,
    adres: persoon.adres ?? null,
    ingezetene: persoon.gemeenteVanInschrijving === gemeente && persoon.gemeenteVanInschrijving !== RNI_GEMEENTE,
    inPopulatie: oordeel === 'in-populatie',
    overledenOp: persoon.overlijdensdatum ?? null,
    ouders: persoon.ouders.map((o) => ({
      bsn: o.bsn ?? null,
      voornamen: o.voornamen ?? null,
      voorvoegsel: o.voorvoegsel ?? null,
      geslachtsnaam: o.geslachtsnaam ?? null,
      geslacht: o.geslacht ?? null,
      heeftGezag: o.heeftGezag,
    })),
  };
}
