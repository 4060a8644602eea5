import { DomainError } from '@leerrecht/shared/feature-subgraph';
import { vereisTekst } from '../kern/actor';

export interface OuderAdres {
  naam: string;
  adres: string;
}

/** The parents as given, trimmed; at least one, each with a name and an address for the letters. */
export function vereisOuders(ouders: readonly { naam: string; adres: string }[] | null | undefined, veld = 'ouders'): OuderAdres[] {
  if (!ouders || ouders.length === 0) {
    throw new DomainError('ONGELDIGE_INVOER', 'Geef ten minste één ouder of verzorger op, met het adres voor de brieven.', veld);
  }
  return ouders.map((ouder, i) => ({
    naam: vereisTekst(ouder.naam, `${veld}[${i}].naam`, 'De naam van de ouder'),
    adres: vereisTekst(ouder.adres, `${veld}[${i}].adres`, 'Het adres van de ouder'),
  }));
}

/**
 * One letter per address: parents who live together get one letter to both ("A en B"), parents
 * who live apart each get their own, so each parent is informed in writing.
 */
export function adresseringen(ouders: readonly OuderAdres[]): OuderAdres[] {
  const perAdres = new Map<string, { adres: string; namen: string[] }>();
  for (const ouder of ouders) {
    const sleutel = ouder.adres.toLowerCase().replace(/\s+/g, ' ').trim();
    const groep = perAdres.get(sleutel);
    if (groep) groep.namen.push(ouder.naam);
    else perAdres.set(sleutel, { adres: ouder.adres, namen: [ouder.naam] });
  }
  return [...perAdres.values()].map((groep) => ({ naam: groep.namen.join(' en '), adres: groep.adres }));
}
