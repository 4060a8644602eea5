import { DomainError, vereisDatum } from '@leerrecht/shared/feature-subgraph';
import { datumVan } from '../kern/kern.module';
import type { VerzuimzaakEntity } from './verzuimzaak.entity';

/**
 * The date a step was taken: today unless the officer records it afterwards. Never in the future,
 * never before the case opened: a deadline test must not be passable by a made-up date.
 */
export function stapdatum(datum: string | null | undefined, zaak: Pick<VerzuimzaakEntity, 'geopendOp'>, nu: Date, veld = 'datum'): string {
  const vandaag = datumVan(nu);
  if (datum === undefined || datum === null) return vandaag;
  vereisDatum(datum, veld);
  if (datum > vandaag) {
    throw new DomainError('DATUM_IN_TOEKOMST', 'Een stap kan niet in de toekomst zijn gezet.', veld);
  }
  if (datum < datumVan(zaak.geopendOp)) {
    throw new DomainError('DATUM_VOOR_ZAAK', 'De datum ligt voor de opening van de zaak.', veld);
  }
  return datum;
}
