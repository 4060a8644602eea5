import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError } from '@leerrecht/shared/feature-subgraph';
import { dagErvoor, isDatum, valideerDuoRegistratie, type DuoRegistratie } from '@leerrecht/verlof-vrijstelling/data-access-duo-register';
import { DuoRegistratieEntity } from './duo-registratie.entity';

type ZonderNummer<T> = T extends unknown ? Omit<T, 'registratieId' | 'persoonsgebondenNummer'> : never;

/**
 * What a decision hands to the queue: the register's fields per soort (the DuoRegistratie of
 * data-access-duo-register without its id, which the queue row provides) and where it came from.
 */
export type DuoRegistratiePlanning = ZonderNummer<DuoRegistratie> & {
  /** The persoonsgebonden nummer DUO needs. */
  bsn: string;
  persoonSleutel: string;
  /** The decision's case. */
  zaakId: string;
  besluitId: string;
};

export type DuoBeeindigingPlanning = ({ zaakId: string } | { registratieId: string }) & {
  /** The last day the exemption or vervangende leerplicht applied; the day before its begindatum for a revocation. */
  einddatum: string;
  /** The decision that ended it, when there is one. */
  besluitId?: string | null;
};

/**
 * Queues registrations for DUO's register vrijstellingen en vervangende leerplicht (koppelingen
 * §3). Called by the decision code inside its own transaction, with its EntityManager: the decision
 * and its registration commit together or not at all, and DuoRegistratieVerzender sends it later.
 */
@Injectable()
export class DuoRegistratieService {
  /**
   * A decision to register: an exemption under Lpw art 5 (art 6 lid 4–5; 000 art 12 lid 5; 003 art
   * 11 lid 5 c) or art 15 (lid 3–4), or vervangende leerplicht (art 3a–3c). Checked against the
   * register's rules first, so data DUO would refuse fails the decision now, naming the field.
   */
  async plan(manager: EntityManager, planning: DuoRegistratiePlanning): Promise<DuoRegistratieEntity> {
    const id = randomUUID();
    const { bsn, persoonSleutel, zaakId, besluitId, ...velden } = planning;
    const problemen = valideerDuoRegistratie({ ...velden, registratieId: id, persoonsgebondenNummer: bsn } as DuoRegistratie);
    const [eerste] = problemen;
    if (eerste !== undefined) {
      const code = eerste.code === 'periode' ? 'ONGELDIGE_PERIODE' : 'ONGELDIGE_DUO_REGISTRATIE';
      throw new DomainError(code, `De registratie voor DUO is niet volledig of niet geldig (${problemen.map((p) => p.veld).join(', ')}).`, eerste.veld);
    }
    const rij = manager.create(DuoRegistratieEntity, {
      id,
      gemeente: planning.gemeente,
      handeling: 'registratie',
      registratieId: null,
      persoonSleutel,
      bsn,
      soort: planning.soort,
      grond: planning.soort === 'vrijstelling-art5' ? planning.grond : null,
      artikel: planning.soort === 'vervangende-leerplicht' ? planning.artikel : null,
      postcode: planning.postcode,
      begindatum: planning.begindatum,
      einddatum: planning.einddatum,
      eerderBeroep: planning.soort === 'vervangende-leerplicht' ? null : planning.eerderBeroep,
      eerderVerleend: planning.soort === 'vervangende-leerplicht' ? planning.eerderVerleend : null,
      persoonsgegevens: planning.soort === 'vervangende-leerplicht' ? planning.persoonsgegevens : null,
      zaakId,
      besluitId,
      status: 'wachtend',
      pogingen: 0,
      volgendePogingOp: null,
      laatsteFout: null,
      verzondenOp: null,
      duoRegistratienummer: null,
    });
    return manager.save(rij);
  }

  /**
   * An exemption or vervangende leerplicht that ends before its end date, or is revoked (the day
   * before its begindatum): queued after the registration it ends, which it never overtakes.
   * The same einddatum again is a no-op (returns the queued row); another one is refused, as DUO
   * ends a registration once.
   */
  async planBeeindiging(manager: EntityManager, planning: DuoBeeindigingPlanning): Promise<DuoRegistratieEntity> {
    if (!isDatum(planning.einddatum)) throw new DomainError('ONGELDIGE_DATUM', 'De datum is geen bestaande datum (JJJJ-MM-DD).', 'einddatum');
    const registratie = await manager.findOne(DuoRegistratieEntity, {
      where: 'registratieId' in planning ? { id: planning.registratieId, handeling: 'registratie' } : { zaakId: planning.zaakId, handeling: 'registratie' },
      order: { createdAt: 'DESC' },
    });
    if (registratie === null) {
      throw new DomainError('DUO_REGISTRATIE_ONBEKEND', 'Er is geen registratie bij DUO voor deze zaak om te beëindigen.', 'registratieId' in planning ? 'registratieId' : 'zaakId');
    }
    // Ending early shortens the period; revocation ab initio ends it the day before it began.
    if (planning.einddatum < dagErvoor(registratie.begindatum) || (registratie.einddatum !== null && planning.einddatum > registratie.einddatum)) {
      throw new DomainError('ONGELDIGE_PERIODE', 'De einddatum ligt buiten de geregistreerde periode; verlengen vraagt een nieuw besluit.', 'einddatum');
    }
    const eerder = await manager
      .createQueryBuilder(DuoRegistratieEntity, 'b')
      .where(`b.registratie_id = :id AND b.handeling = 'beeindiging' AND b.status <> 'geweigerd'`, { id: registratie.id })
      .getOne();
    if (eerder !== null) {
      if (eerder.einddatum === planning.einddatum) return eerder;
      throw new DomainError('AL_BEEINDIGD', 'De registratie bij DUO is al met een andere einddatum beëindigd.', 'einddatum');
    }
    return manager.save(
      manager.create(DuoRegistratieEntity, {
        gemeente: registratie.gemeente,
        handeling: 'beeindiging',
        registratieId: registratie.id,
        persoonSleutel: registratie.persoonSleutel,
        bsn: registratie.bsn,
        soort: registratie.soort,
        grond: registratie.grond,
        artikel: registratie.artikel,
        postcode: registratie.postcode,
        begindatum: registratie.begindatum,
        einddatum: planning.einddatum,
        eerderBeroep: registratie.eerderBeroep,
        eerderVerleend: registratie.eerderVerleend,
        // The person block was for the registration; the beëindiging does not repeat it.
        persoonsgegevens: null,
        zaakId: registratie.zaakId,
        besluitId: planning.besluitId ?? null,
        status: 'wachtend',
        pogingen: 0,
        volgendePogingOp: null,
        laatsteFout: null,
        verzondenOp: null,
        duoRegistratienummer: null,
      }),
    );
  }
}
