import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import type { Principal, RequestContext } from '@leerrecht/shared/feature-auth';
import { DomainError, Verwerkingslog, vereisDatum, vereisGemeente } from '@leerrecht/shared/feature-subgraph';
import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { BesluitService } from '../besluit/besluit.service';
import { BriefService } from '../brief/brief.service';
import { actorNaam, isUuid, vereisTekst, vereisUuid } from '../kern/actor';
import { KLOK, datumVan, type Klok } from '../kern/kern.module';
import { DeskundigeEntity } from './deskundige.entity';
import type { TrekAanwijzingInInput, WijsDeskundigeAanInput } from './dto/deskundige.input';
import type { DeskundigeModel } from './models/deskundige.model';

const AFSPRAAK_IN_WOORDEN = { 'ad-hoc': 'Ad hoc', structureel: 'Structureel' } as const;

/** Designated on the day: designated before or on it, not withdrawn on or before it, not past its last day. */
export function isAangewezenOp(deskundige: Pick<DeskundigeEntity, 'aangewezenOp' | 'geldigTotEnMet' | 'ingetrokkenOp'>, peildatum: string): boolean {
  if (deskundige.aangewezenOp > peildatum) return false;
  if (deskundige.ingetrokkenOp !== null && deskundige.ingetrokkenOp <= peildatum) return false;
  return deskundige.geldigTotEnMet === null || deskundige.geldigTotEnMet >= peildatum;
}

/**
 * The experts the college designates (Lpw art 7; 000 art 14; 003 art 13 lid 1): a doctor,
 * pedagogue or psychologist, with the agreement on how the examination and the written statement
 * are done. The designation is a decision on behalf of the college with a letter to the expert.
 * No youth's data; still every read and change is logged under 'deskundige-aanwijzen'.
 */
@Injectable()
export class DeskundigeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly verwerkingslog: Verwerkingslog,
    private readonly instructies: InstructieRegister,
    private readonly besluiten: BesluitService,
    private readonly brieven: BriefService,
    @Inject(KLOK) private readonly klok: Klok,
  ) {}

  /**
   * For the art 5 onder a procedure: is this expert designated by this gemeente's college on the
   * day (default today)? Runs in the caller's transaction (row-level security applies).
   */
  async isAangewezen(manager: EntityManager, gemeente: string, deskundigeId: string, op?: string): Promise<boolean> {
    if (!isUuid(deskundigeId)) return false;
    const deskundige = await manager.findOne(DeskundigeEntity, { where: { id: deskundigeId, gemeente } });
    return deskundige !== null && isAangewezenOp(deskundige, op ?? datumVan(this.klok()));
  }

  /** The expert itself, for a letter or a statement record; null when not found in the caller's gemeenten. */
  async vind(manager: EntityManager, gemeente: string, deskundigeId: string): Promise<DeskundigeEntity | null> {
    if (!isUuid(deskundigeId)) return null;
    return manager.findOne(DeskundigeEntity, { where: { id: deskundigeId, gemeente } });
  }

  async wijsAan(input: WijsDeskundigeAanInput, principal: Principal, request: RequestContext): Promise<DeskundigeModel> {
    vereisGemeente(principal, input.gemeente);
    const vandaag = datumVan(this.klok());
    const instructie = this.instructies.voorGemeente(input.gemeente);
    const naam = vereisTekst(input.naam, 'naam', 'De naam van de deskundige');
    const werkwijze = vereisTekst(input.werkwijze, 'werkwijze', 'De afspraak over het onderzoek en de verklaring (003 art 13 lid 1)');
    const geldigTotEnMet = input.geldigTotEnMet ?? null;
    if (geldigTotEnMet !== null) {
      vereisDatum(geldigTotEnMet, 'geldigTotEnMet');
      if (geldigTotEnMet < vandaag) throw new DomainError('ONGELDIGE_DATUM', 'De laatste dag van de aanwijzing ligt vóór vandaag.', 'geldigTotEnMet');
    }
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const deskundige = await manager.save(
        manager.create(DeskundigeEntity, {
          gemeente: input.gemeente,
          naam,
          beroep: input.beroep,
          organisatie: input.organisatie?.trim() || null,
          adres: input.adres?.trim() || null,
          afspraak: input.afspraak,
          werkwijze,
          aangewezenOp: vandaag,
          geldigTotEnMet,
          ingetrokkenOp: null,
          besluitId: null,
          briefId: null,
          aangewezenDoor: actorNaam(principal),
          instructieVersie: instructie.versieSleutel,
        }),
      );
      const besluit = await this.besluiten.neem(manager, {
        gemeente: deskundige.gemeente,
        persoonSleutel: null,
        bsn: null,
        zaakSoort: 'deskundige',
        zaakId: deskundige.id,
        soort: 'aanwijzing-deskundige',
        uitkomst: 'toegewezen',
        grondslag: 'Lpw art 7',
        motivering: `Het college wijst ${naam} (${input.beroep}) aan als deskundige voor de verklaring bij vrijstelling op grond van Lpw art 5 onder a. ${AFSPRAAK_IN_WOORDEN[input.afspraak]} afgesproken: ${werkwijze}`,
        namens: 'college',
        bekendgemaaktOp: vandaag,
        principal,
      });
      const brief = await this.brieven.stelOp(manager, {
        gemeente: deskundige.gemeente,
        zaakSoort: 'deskundige',
        zaakId: deskundige.id,
        persoonSleutel: null,
        sjabloon: 'aanwijzingDeskundige',
        aan: { rol: 'deskundige', naam, adres: deskundige.adres },
        jongere: null,
        waarden: { deskundigeNaam: naam, beroep: input.beroep, afspraak: `${AFSPRAAK_IN_WOORDEN[input.afspraak]}: ${werkwijze}` },
        datum: vandaag,
        principal,
        classificatie: 'AVG',
      });
      await this.besluiten.koppelBrief(manager, besluit, brief.id);
      deskundige.besluitId = besluit.id;
      deskundige.briefId = brief.id;
      await manager.update(DeskundigeEntity, { id: deskundige.id }, { besluitId: besluit.id, briefId: brief.id });
      await this.verwerkingslog.leg(manager, request, principal, { gemeente: deskundige.gemeente });
      return naarModel(deskundige, vandaag);
    });
  }

  async trekIn(input: TrekAanwijzingInInput, principal: Principal, request: RequestContext): Promise<DeskundigeModel> {
    vereisUuid(input.deskundigeId, 'deskundigeId');
    const vandaag = datumVan(this.klok());
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const deskundige = await manager.findOne(DeskundigeEntity, { where: { id: input.deskundigeId }, lock: { mode: 'pessimistic_write' } });
      if (deskundige === null) throw new DomainError('NIET_GEVONDEN', 'Geen aangewezen deskundige met dit id in uw gemeenten.', 'deskundigeId');
      if (deskundige.ingetrokkenOp !== null) throw new DomainError('AL_INGETROKKEN', 'De aanwijzing is al ingetrokken.', 'deskundigeId');
      deskundige.ingetrokkenOp = vandaag;
      await manager.save(deskundige);
      await this.verwerkingslog.leg(manager, request, principal, { gemeente: deskundige.gemeente });
      return naarModel(deskundige, vandaag);
    });
  }

  async lijst(gemeente: string, peildatum: string | null | undefined, principal: Principal, request: RequestContext): Promise<DeskundigeModel[]> {
    vereisGemeente(principal, gemeente);
    const peil = peildatum ?? datumVan(this.klok());
    vereisDatum(peil, 'peildatum');
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const deskundigen = await manager.find(DeskundigeEntity, { where: { gemeente }, order: { naam: 'ASC', aangewezenOp: 'ASC' } });
      await this.verwerkingslog.leg(manager, request, principal, { gemeente });
      return deskundigen.map((d) => naarModel(d, peil));
    });
  }
}

function naarModel(d: DeskundigeEntity, peildatum: string): DeskundigeModel {
  return {
    id: d.id,
    gemeente: d.gemeente,
    naam: d.naam,
    beroep: d.beroep,
    organisatie: d.organisatie,
    afspraak: d.afspraak,
    werkwijze: d.werkwijze,
    aangewezenOp: d.aangewezenOp,
    geldigTotEnMet: d.geldigTotEnMet,
    ingetrokkenOp: d.ingetrokkenOp,
    aangewezen: isAangewezenOp(d, peildatum),
    briefId: d.briefId,
    besluitId: d.besluitId,
  };
}
