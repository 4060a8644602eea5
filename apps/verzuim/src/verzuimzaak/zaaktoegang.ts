import type { EntityManager } from 'typeorm';
import { heeftRol, type Principal } from '@leerrecht/shared/feature-auth';
import { DomainError } from '@leerrecht/shared/feature-subgraph';
import { VerzuimzaakEntity } from './verzuimzaak.entity';

/**
 * May this caller see and work on this case? Row-level security already limits the rows to the
 * caller's gemeenten; on top of that a Wpg-classified case (003 toelichting art 4: every
 * verzuimmelding there) is open only with the Wpg authorisation (privacy-retentie.md §2.2 rule 6).
 * The administration handles the intake fields of Wpg meldingen (triage, feedback), never the case.
 */
export function magZaakInzien(principal: Principal, zaak: Pick<VerzuimzaakEntity, 'classificatie'>): boolean {
  return zaak.classificatie !== 'Wpg' || heeftRol(principal, 'wpg-verwerking');
}

/** The refusal of a Wpg case or melding; the exception filter writes it to the Logboek with the youth's pseudonym. */
export class WpgWeigering extends DomainError {
  constructor(zaak: Pick<VerzuimzaakEntity, 'persoonSleutel' | 'gemeente'>, veld = 'zaakId') {
    super('WPG_GEEN_TOEGANG', 'Dit bevat politiegegevens (Wpg); daarvoor is een Wpg-autorisatie nodig.', veld, {
      reden: 'geen-wpg-autorisatie',
      betrokkene: zaak.persoonSleutel,
      gemeente: zaak.gemeente,
    });
  }
}

/** Not found and another gemeente's case look the same; a Wpg case without authorisation is refused. */
export async function laadZaak(manager: EntityManager, zaakId: string, principal: Principal): Promise<VerzuimzaakEntity> {
  const zaak = await manager.findOne(VerzuimzaakEntity, { where: { id: zaakId } });
  if (zaak === null) {
    throw new DomainError('NIET_GEVONDEN', 'Geen verzuimzaak met dit id in uw gemeenten.', 'zaakId');
  }
  if (!magZaakInzien(principal, zaak)) {
    throw new WpgWeigering(zaak);
  }
  return zaak;
}
