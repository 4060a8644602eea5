import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@leerrecht/shared/feature-auth';
import { DomainError, vereisDatum } from '@leerrecht/shared/feature-subgraph';
import { actorNaam, vereisTekst } from '../kern/actor';
import { VerklaringEntity, type VerklaringSoort } from './verklaring.entity';
import type { ZaakSoort } from './zaak';
import { ZienswijzeEntity, type Partij } from './zienswijze.entity';

export interface ZienswijzeInvoer {
  partij: Partij;
  vorm: 'schriftelijk' | 'mondeling';
  datum: string;
  plaats?: string | null;
  inhoud: string;
}

export interface VerklaringInvoer {
  soort: VerklaringSoort;
  uitgever: string;
  datum: string;
  strekking?: string | null;
}

/**
 * The written records a careful decision rests on (Awb art 3:2): views (art 4:7–4:8) and
 * statements. Shared by every procedure of this service. A record dated after `vandaag` is refused:
 * the file records what happened, not what is planned.
 */
@Injectable()
export class DossierstukkenService {
  async legZienswijzeVast(
    manager: EntityManager,
    zaak: { gemeente: string; zaakSoort: ZaakSoort; zaakId: string },
    invoer: ZienswijzeInvoer,
    vandaag: string,
    principal: Principal,
  ): Promise<ZienswijzeEntity> {
    vereisDatum(invoer.datum, 'datum');
    if (invoer.datum > vandaag) throw new DomainError('DATUM_IN_TOEKOMST', 'Een zienswijze kan niet in de toekomst zijn gegeven.', 'datum');
    const inhoud = vereisTekst(invoer.inhoud, 'inhoud', 'De inhoud van de zienswijze (schriftelijk vastgelegd, Awb art 4:7)');
    return manager.save(
      manager.create(ZienswijzeEntity, {
        gemeente: zaak.gemeente,
        zaakSoort: zaak.zaakSoort,
        zaakId: zaak.zaakId,
        partij: invoer.partij,
        vorm: invoer.vorm,
        datum: invoer.datum,
        plaats: invoer.plaats?.trim() || null,
        inhoud,
        vastgelegdDoor: actorNaam(principal),
      }),
    );
  }

  async legVerklaringVast(
    manager: EntityManager,
    zaak: { gemeente: string; zaakSoort: ZaakSoort; zaakId: string },
    invoer: VerklaringInvoer,
    vandaag: string,
    principal: Principal,
  ): Promise<VerklaringEntity> {
    vereisDatum(invoer.datum, 'datum');
    if (invoer.datum > vandaag) throw new DomainError('DATUM_IN_TOEKOMST', 'Een verklaring kan niet na vandaag zijn afgegeven.', 'datum');
    const uitgever = vereisTekst(invoer.uitgever, 'uitgever', 'Wie de verklaring afgaf');
    return manager.save(
      manager.create(VerklaringEntity, {
        gemeente: zaak.gemeente,
        zaakSoort: zaak.zaakSoort,
        zaakId: zaak.zaakId,
        soort: invoer.soort,
        uitgever,
        datum: invoer.datum,
        strekking: invoer.strekking?.trim() || null,
        // A statement on health or social circumstances is special-category data (AVG art 9).
        classificatie: invoer.soort === 'schoolleider-buitenland' ? 'AVG' : 'AVG-bijzonder',
        vastgelegdDoor: actorNaam(principal),
      }),
    );
  }

  zienswijzen(manager: EntityManager, zaakId: string): Promise<ZienswijzeEntity[]> {
    return manager.find(ZienswijzeEntity, { where: { zaakId }, order: { datum: 'ASC', createdAt: 'ASC' } });
  }

  verklaringen(manager: EntityManager, zaakId: string): Promise<VerklaringEntity[]> {
    return manager.find(VerklaringEntity, { where: { zaakId }, order: { datum: 'ASC', createdAt: 'ASC' } });
  }
}
