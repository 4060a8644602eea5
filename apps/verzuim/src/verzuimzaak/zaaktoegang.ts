import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import { heeftRol, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import { DomainError, Verwerkingslog } from '@leerrecht/shared/feature-subgraph';
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

/** A refusal decided inside a transaction; ZaakTransactie logs it in a transaction of its own. */
export class WpgWeigering extends DomainError {
  constructor(readonly zaak: Pick<VerzuimzaakEntity, 'persoonSleutel' | 'gemeente'>) {
    super('WPG_GEEN_TOEGANG', 'Deze zaak bevat politiegegevens (Wpg); daarvoor is een Wpg-autorisatie nodig.', 'zaakId');
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

/**
 * One tenant transaction for the caller's gemeenten. When the work refuses a Wpg case, the refusal
 * is written to the Logboek after the rollback, so the denial is on record although nothing else is.
 */
@Injectable()
export class ZaakTransactie {
  constructor(
    private readonly dataSource: DataSource,
    private readonly verwerkingslog: Verwerkingslog,
  ) {}

  async voer<T>(principal: Principal, request: RequestContext, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await inTenantTransaction(this.dataSource, principal.gemeenten, work);
    } catch (fout) {
      if (fout instanceof WpgWeigering) {
        await inTenantTransaction(this.dataSource, principal.gemeenten, (manager) =>
          this.verwerkingslog.leg(manager, request, principal, { betrokkene: fout.zaak.persoonSleutel, gemeente: fout.zaak.gemeente, status: 'geweigerd', reden: 'geen-wpg-autorisatie' }),
        );
      }
      throw fout;
    }
  }
}
