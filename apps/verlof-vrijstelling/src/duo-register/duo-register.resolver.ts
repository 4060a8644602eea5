import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import { CurrentPrincipal, CurrentRequest, Purpose, Roles, heeftRol, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import { DomainError, Verwerkingslog, vereisGemeente } from '@leerrecht/shared/feature-subgraph';
import { DuoRegistratieEntity, type DuoRegistratieStatus } from './duo-registratie.entity';
import { DuoRegistratieVerzender } from './duo-registratie.verzender';
import { DuoRegistratieModel, DuoRegistratieVerzendingModel } from './models/duo-registratie.model';

const STATUSSEN: readonly DuoRegistratieStatus[] = ['wachtend', 'verzonden', 'geweigerd'];

/** The queue to DUO's register vrijstellingen, by hand: send now, and what waits or was refused. */
@Resolver()
export class DuoRegisterResolver {
  constructor(
    private readonly verzender: DuoRegistratieVerzender,
    private readonly dataSource: DataSource,
    private readonly verwerkingslog: Verwerkingslog,
  ) {}

  @Mutation(() => DuoRegistratieVerzendingModel, { description: 'Wachtende registraties nu naar het register vrijstellingen van DUO sturen, ook na een storing.' })
  @Roles('functioneel-beheerder', 'administratief-medewerker')
  @Purpose('vrijstelling-registreren-duo')
  async verstuurDuoRegistraties(@CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<DuoRegistratieVerzendingModel> {
    const resultaat = await this.verzender.verstuur(principal.gemeenten, request.trace.traceId, true);
    // Who asked, one line per gemeente; each row sent has its own line (actor systeem, same trace).
    await inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      for (const gemeente of principal.gemeenten) await this.verwerkingslog.leg(manager, request, principal, { betrokkene: null, gemeente });
    });
    return resultaat;
  }

  @Query(() => [DuoRegistratieModel], { description: 'Registraties voor het register vrijstellingen van DUO met hun verzendstatus, nieuwste eerst (ten hoogste 500).' })
  @Roles('functioneel-beheerder', 'administratief-medewerker', 'leerplichtambtenaar')
  @Purpose('duo-register-beheren')
  async duoRegistraties(
    @Args('gemeente') gemeente: string,
    @Args('status', { type: () => String, nullable: true, description: 'wachtend, verzonden of geweigerd; leeg = alle.' }) status: string | null | undefined,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() request: RequestContext,
  ): Promise<DuoRegistratieModel[]> {
    vereisGemeente(principal, gemeente);
    if (status !== null && status !== undefined && !(STATUSSEN as readonly string[]).includes(status)) {
      throw new DomainError('ONGELDIGE_INVOER', 'De status is niet een van wachtend, verzonden, geweigerd.', 'status');
    }
    // Functioneel beheer sees the queue, not the person (AVG art 5 lid 1 c); the officers see the BSN too.
    const metBsn = heeftRol(principal, 'leerplichtambtenaar', 'administratief-medewerker');
    return inTenantTransaction(this.dataSource, [gemeente], async (manager) => {
      const rijen = await manager.find(DuoRegistratieEntity, {
        where: { gemeente, ...(status ? { status: status as DuoRegistratieStatus } : {}) },
        order: { createdAt: 'DESC', id: 'ASC' },
        take: 500,
      });
      if (metBsn) {
        // A BSN shown is an exemption read about that person: one line per person shown.
        await this.verwerkingslog.legVoorBetrokkenen(manager, request, principal, gemeente, [...new Set(rijen.map((r) => r.persoonSleutel))], 'vrijstelling-inzien');
      }
      if (!metBsn || rijen.length === 0) await this.verwerkingslog.leg(manager, request, principal, { betrokkene: null, gemeente });
      return rijen.map((rij) => naarModel(rij, metBsn));
    });
  }
}

function naarModel(rij: DuoRegistratieEntity, metBsn: boolean): DuoRegistratieModel {
  return {
    id: rij.id,
    gemeente: rij.gemeente,
    handeling: rij.handeling,
    registratieId: rij.registratieId,
    soort: rij.soort,
    grond: rij.grond,
    artikel: rij.artikel,
    begindatum: rij.begindatum,
    einddatum: rij.einddatum,
    status: rij.status,
    pogingen: rij.pogingen,
    volgendePogingOp: rij.volgendePogingOp,
    laatsteFout: rij.laatsteFout,
    verzondenOp: rij.verzondenOp,
    duoRegistratienummer: rij.duoRegistratienummer,
    zaakId: rij.zaakId,
    besluitId: rij.besluitId,
    aangemaaktOp: rij.createdAt,
    bsn: metBsn ? rij.bsn : null,
  };
}
