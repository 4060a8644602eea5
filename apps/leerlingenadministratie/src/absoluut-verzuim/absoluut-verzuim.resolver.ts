import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, CurrentRequest, Purpose, Roles, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import type { LeerlingEntity } from '../leerlingdossier/leerling.entity';
import type { AbsoluutVerzuimProcedureEntity } from './absoluut-verzuim-procedure.entity';
import { naarBriefModel } from './brief.mapper';
import { volledigeNaam } from './brief';
import { AbsoluutVerzuimProcedureService } from './absoluut-verzuim-procedure.service';
import { RegistreerAbsoluutVerzuimStapInput, VoerInschrijvingscontroleUitInput } from './dto/absoluut-verzuim.input';
import { InschrijvingscontroleService } from './inschrijvingscontrole.service';
import { AbsoluutVerzuimProcedureModel, BriefModel, InschrijvingscontroleModel } from './models/absoluut-verzuim.model';

function naarModel(procedure: AbsoluutVerzuimProcedureEntity, leerling: LeerlingEntity): AbsoluutVerzuimProcedureModel {
  return {
    id: procedure.id,
    gemeente: procedure.gemeente,
    bsn: leerling.bsn,
    naam: volledigeNaam(leerling),
    geboortedatum: leerling.geboortedatum,
    route: procedure.route,
    status: procedure.status,
    volgendeActie: procedure.volgendeActie,
    uiterlijk: procedure.uiterlijk,
    eersteBriefOp: procedure.toestand.eersteBriefOp ?? null,
    tweedeBriefOp: procedure.toestand.tweedeBriefOp ?? null,
    geescaleerdOp: procedure.toestand.escalatie?.datum ?? null,
  };
}

@Resolver()
export class AbsoluutVerzuimResolver {
  constructor(
    private readonly controle: InschrijvingscontroleService,
    private readonly procedures: AbsoluutVerzuimProcedureService,
  ) {}

  @Mutation(() => InschrijvingscontroleModel, { description: 'Voert de controle op absoluut verzuim uit voor een gemeente op een peildatum (Lpw art 19).' })
  @Roles('administratief-medewerker', 'leerplichtambtenaar', 'functioneel-beheerder')
  @Purpose('absoluut-verzuim-controleren')
  async voerInschrijvingscontroleUit(
    @Args('input') input: VoerInschrijvingscontroleUitInput,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() request: RequestContext,
  ): Promise<InschrijvingscontroleModel> {
    const { controle, administratieveRoute, nietBeoordeeld } = await this.controle.voerUit(input.gemeente, input.peildatum, principal, request);
    return { ...controle, administratieveRoute, nietBeoordeeld };
  }

  @Mutation(() => AbsoluutVerzuimProcedureModel, { description: 'Legt een stap vast in de controle van één jongere; een brief wordt gemaakt en bewaard.' })
  @Roles('administratief-medewerker', 'leerplichtambtenaar')
  @Purpose('absoluut-verzuim-controleren')
  async registreerAbsoluutVerzuimStap(
    @Args('input') input: RegistreerAbsoluutVerzuimStapInput,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() request: RequestContext,
  ): Promise<AbsoluutVerzuimProcedureModel> {
    const { procedure, leerling } = await this.procedures.registreer(
      { procedureId: input.procedureId, stap: input.stap, datum: input.datum, ingeschreven: input.ingeschreven ?? null },
      principal,
      request,
    );
    return naarModel(procedure, leerling);
  }

  @Query(() => [AbsoluutVerzuimProcedureModel], { description: 'Werklijst van de controle op absoluut verzuim, op uiterste datum.' })
  @Roles('administratief-medewerker', 'leerplichtambtenaar')
  @Purpose('absoluut-verzuim-controleren')
  async absoluutVerzuimControles(
    @Args('gemeente') gemeente: string,
    @Args('alleenLopend', { type: () => Boolean, defaultValue: true }) alleenLopend: boolean,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() request: RequestContext,
  ): Promise<AbsoluutVerzuimProcedureModel[]> {
    return (await this.procedures.werklijst(gemeente, alleenLopend, principal, request)).map((r) => naarModel(r.procedure, r.leerling));
  }

  @Query(() => [BriefModel], { description: 'De brieven van een controle op absoluut verzuim.' })
  @Roles('administratief-medewerker', 'leerplichtambtenaar')
  @Purpose('absoluut-verzuim-controleren')
  async absoluutVerzuimBrieven(
    @Args('procedureId') procedureId: string,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() request: RequestContext,
  ): Promise<BriefModel[]> {
    return (await this.procedures.brieven(procedureId, principal, request)).map(naarBriefModel);
  }

  @Mutation(() => Boolean, { description: 'Legt vast dat een jongere een buitenlandse minderjarige student aan een hbo of universiteit is (004 Hfst 2.1).' })
  @Roles('administratief-medewerker', 'leerplichtambtenaar')
  @Purpose('absoluut-verzuim-controleren')
  async registreerBuitenlandseStudent(
    @Args('bsn') bsn: string,
    @Args('gemeente') gemeente: string,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() request: RequestContext,
  ): Promise<boolean> {
    await this.procedures.markeerBuitenlandseStudent(bsn, gemeente, principal, request);
    return true;
  }
}
