import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DataSource, IsNull } from 'typeorm';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import { CurrentPrincipal, CurrentRequest, Purpose, Roles, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import { DomainError, Verwerkingslog, vereisGemeente } from '@leerrecht/shared/feature-subgraph';
import { actorNaam, vereisUuid } from '../kern/actor';
import { ToewijzingsregelInput, ToewijzingsregelModel } from './models/toewijzingsregel.model';
import { ToewijzingsregelEntity } from './toewijzingsregel.entity';

/** Who gets which meldingen: per school or per gemeente, kept by the functioneel beheerder or the coördinator. */
@Resolver(() => ToewijzingsregelModel)
export class ToewijzingResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly verwerkingslog: Verwerkingslog,
  ) {}

  @Query(() => [ToewijzingsregelModel])
  @Roles('functioneel-beheerder', 'coordinator', 'administratief-medewerker', 'leerplichtambtenaar')
  @Purpose('verzuim-werkverdeling')
  async toewijzingsregels(@Args('gemeente') gemeente: string, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<ToewijzingsregelModel[]> {
    vereisGemeente(principal, gemeente);
    return inTenantTransaction(this.dataSource, [gemeente], async (manager) => {
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene: null, gemeente });
      return manager.find(ToewijzingsregelEntity, { where: { gemeente }, order: { schoolBrin: 'ASC' } });
    });
  }

  @Mutation(() => ToewijzingsregelModel, { description: 'Vastleggen (of vervangen) wie de meldingen van een school of gemeente krijgt.' })
  @Roles('functioneel-beheerder', 'coordinator')
  @Purpose('verzuim-werkverdeling')
  async legToewijzingsregelVast(@Args('input') input: ToewijzingsregelInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<ToewijzingsregelModel> {
    vereisGemeente(principal, input.gemeente);
    const schoolBrin = input.schoolBrin?.trim() || null;
    if (schoolBrin !== null && !/^[0-9]{2}[A-Z0-9]{2}$/.test(schoolBrin)) throw new DomainError('ONGELDIG_BRIN', 'De BRIN-code moet uit 2 cijfers en 2 letters of cijfers bestaan.', 'schoolBrin');
    const behandelaar = input.behandelaar.trim();
    if (!/^[a-z0-9._-]{2,64}$/i.test(behandelaar)) throw new DomainError('ONGELDIGE_BEHANDELAAR', 'Geef de gebruikersnaam van de leerplichtambtenaar.', 'behandelaar');
    return inTenantTransaction(this.dataSource, [input.gemeente], async (manager) => {
      await manager.query(
        `INSERT INTO verzuim.toewijzingsregel (gemeente, school_brin, behandelaar, vastgelegd_door) VALUES ($1, $2, $3, $4)
         ON CONFLICT (gemeente, coalesce(school_brin, '')) DO UPDATE SET behandelaar = EXCLUDED.behandelaar, vastgelegd_door = EXCLUDED.vastgelegd_door, updated_at = now()`,
        [input.gemeente, schoolBrin, behandelaar, actorNaam(principal)],
      );
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene: null, gemeente: input.gemeente });
      return manager.findOneByOrFail(ToewijzingsregelEntity, schoolBrin === null ? { gemeente: input.gemeente, schoolBrin: IsNull() } : { gemeente: input.gemeente, schoolBrin });
    });
  }

  @Mutation(() => Boolean)
  @Roles('functioneel-beheerder', 'coordinator')
  @Purpose('verzuim-werkverdeling')
  async verwijderToewijzingsregel(@Args('id', { type: () => ID }) id: string, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<boolean> {
    vereisUuid(id, 'id');
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const resultaat = await manager.delete(ToewijzingsregelEntity, { id });
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene: null, gemeente: null });
      return (resultaat.affected ?? 0) > 0;
    });
  }
}
