import type { EventActor } from '@leerrecht/shared/contracts-events';
import type { Principal } from '@leerrecht/shared/feature-auth';
import { DomainError } from '@leerrecht/shared/feature-subgraph';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(id: string): boolean {
  return UUID.test(id);
}

export function vereisUuid(id: string, veld: string): void {
  if (!isUuid(id)) {
    throw new DomainError('ONGELDIGE_INVOER', `Het veld ${veld} is geen geldige UUID.`, veld);
  }
}

/** Refuses empty or whitespace-only text where the Awb asks for it in writing (e.g. the motivering, Awb art 3:46). */
export function vereisTekst(waarde: string | null | undefined, veld: string, wat: string): string {
  const tekst = (waarde ?? '').trim();
  if (tekst.length === 0) {
    throw new DomainError('ONGELDIGE_INVOER', `${wat} ontbreekt.`, veld);
  }
  return tekst;
}

export function actorVan(principal: Principal): EventActor {
  return { type: principal.type === 'partner' ? 'partner' : 'gebruiker', id: principal.clientId };
}

/** Who did it, as the case history shows it: the officer's username, or the partner system. */
export function actorNaam(principal: Principal): string {
  return principal.gebruikersnaam ?? principal.clientId;
}
