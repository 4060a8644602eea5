import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, CurrentRequest, Purpose, Roles, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import { Verwerkingslog, vereisGemeente } from '@leerrecht/shared/feature-subgraph';
import { DataSource } from 'typeorm';
import { DuoOnverwerkbaarEntity } from './duo-onverwerkbaar.entity';
import { DuoOphalingService } from './duo-ophaling.service';
import { DuoTerugkoppelingVerzender } from './duo-terugkoppeling.verzender';
import { DuoOphalingModel, DuoVerzendingModel, HaalDuoMeldingenOpInput, OnverwerkbareDuoLeveringModel } from './models/duo.model';

/** The DUO connection, by hand: fetch now, send the waiting feedback now, and what could not be taken in. */
@Resolver()
export class DuoResolver {
  constructor(
    private readonly ophaling: DuoOphalingService,
    private readonly verzender: DuoTerugkoppelingVerzender,
    private readonly dataSource: DataSource,
    private readonly verwerkingslog: Verwerkingslog,
  ) {}

  @Mutation(() => DuoOphalingModel, { description: 'Nieuwe verzuimmeldingen nu ophalen uit het Register Onderwijsdeelnemers (anders doet de dienst dat periodiek).' })
  @Roles('administratief-medewerker', 'functioneel-beheerder')
  @Purpose('verzuimmelding-ophalen')
  async haalDuoMeldingenOp(@Args('input', { nullable: true, type: () => HaalDuoMeldingenOpInput }) input: HaalDuoMeldingenOpInput | undefined, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<DuoOphalingModel> {
    const gemeenten = input?.gemeenten ?? principal.gemeenten;
    for (const gemeente of gemeenten) vereisGemeente(principal, gemeente, 'gemeenten');
    const resultaat = await this.ophaling.haalOp(gemeenten, request.trace.traceId);
    // Who asked: each melding taken in gets its own line (actor systeem) when the intake stores it.
    await this.legOpdrachtVast(request, principal, gemeenten);
    return resultaat;
  }

  @Mutation(() => DuoVerzendingModel, { description: 'Wachtende terugkoppelingen nu naar DUO sturen, ook na een storing.' })
  @Roles('administratief-medewerker', 'functioneel-beheerder')
  @Purpose('verzuim-terugkoppelen')
  async verstuurDuoTerugkoppelingen(@CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<DuoVerzendingModel> {
    const resultaat = await this.verzender.verstuur(principal.gemeenten, request.trace.traceId, true);
    await this.legOpdrachtVast(request, principal, principal.gemeenten);
    return resultaat;
  }

  /** One line per gemeente for the operator's order itself (no data subject: the job's lines name them). */
  private async legOpdrachtVast(request: RequestContext, principal: Principal, gemeenten: readonly string[]): Promise<void> {
    await inTenantTransaction(this.dataSource, gemeenten, async (manager) => {
      for (const gemeente of gemeenten) await this.verwerkingslog.leg(manager, request, principal, { betrokkene: null, gemeente });
    });
  }

  @Query(() => [OnverwerkbareDuoLeveringModel])
  @Roles('functioneel-beheerder', 'administratief-medewerker')
  @Purpose('duo-koppeling-beheren')
  async onverwerkbareDuoLeveringen(@Args('gemeente') gemeente: string, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<OnverwerkbareDuoLeveringModel[]> {
    vereisGemeente(principal, gemeente);
    return inTenantTransaction(this.dataSource, [gemeente], async (manager) => {
      const rijen = await manager.find(DuoOnverwerkbaarEntity, { where: { gemeente }, order: { ontvangenOp: 'DESC' }, take: 500 });
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene: null, gemeente });
      return rijen;
    });
  }
}
