import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, CurrentRequest, Purpose, Roles, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import { PapierenKennisgevingInput, VerzuimmeldingInput } from './dto/verzuimmelding.input';
import { VerzuimmeldingOntvangstModel } from './models/verzuimmelding-ontvangst.model';
import type { TerugkoppelingEntity } from '../terugkoppeling/terugkoppeling.entity';
import type { VerzuimmeldingEntity } from './verzuimmelding.entity';
import { VerzuimmeldingService } from './verzuimmelding.service';

function ontvangst(melding: VerzuimmeldingEntity, duplicaat: boolean, terugkoppelingen: TerugkoppelingEntity[] = []): VerzuimmeldingOntvangstModel {
  return {
    id: melding.id,
    status: melding.status,
    ontvangenOp: melding.ontvangenOp,
    duplicaat,
    terugkoppelingen: terugkoppelingen.map((t) => ({ status: t.status, acties: t.acties, afsluitreden: t.afsluitreden, toelichting: t.toelichting, vastgelegdOp: t.vastgelegdOp })),
  };
}

@Resolver(() => VerzuimmeldingOntvangstModel)
export class VerzuimmeldingResolver {
  constructor(private readonly meldingen: VerzuimmeldingService) {}

  @Mutation(() => VerzuimmeldingOntvangstModel, { description: 'Een schoolsysteem (of de administratie) dient een verzuimmelding in; hetzelfde berichtId opnieuw geeft dezelfde melding terug.' })
  @Roles('partner-school', 'administratief-medewerker', 'leerplichtambtenaar')
  @Purpose('verzuimmelding-ontvangen')
  async dienVerzuimmeldingIn(@Args('input') input: VerzuimmeldingInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<VerzuimmeldingOntvangstModel> {
    const { melding, duplicaat } = await this.meldingen.dienIn(input, principal, request);
    return ontvangst(melding, duplicaat);
  }

  @Mutation(() => VerzuimmeldingOntvangstModel, { description: 'De administratie registreert een papieren kennisgeving van een niet-bekostigde school (000 art 6 lid 1).' })
  @Roles('administratief-medewerker', 'leerplichtambtenaar')
  @Purpose('verzuimmelding-ontvangen')
  async registreerPapierenKennisgeving(
    @Args('input') input: PapierenKennisgevingInput,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() request: RequestContext,
  ): Promise<VerzuimmeldingOntvangstModel> {
    const { melding, duplicaat } = await this.meldingen.registreerKennisgeving(input, principal, request);
    return ontvangst(melding, duplicaat);
  }

  @Mutation(() => VerzuimmeldingOntvangstModel, { description: 'De school trekt een eigen melding in (status ingetrokken, DUO).' })
  @Roles('partner-school')
  @Purpose('verzuimmelding-ontvangen')
  async trekVerzuimmeldingIn(@Args('meldingId', { type: () => ID }) meldingId: string, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<VerzuimmeldingOntvangstModel> {
    return ontvangst(await this.meldingen.trekIn(meldingId, principal, request), false);
  }

  @Query(() => VerzuimmeldingOntvangstModel, { nullable: true, description: 'Status en terugkoppeling van een eigen melding (de melder ziet geen zaakinhoud).' })
  @Roles('partner-school', 'administratief-medewerker', 'leerplichtambtenaar')
  @Purpose('verzuimmelding-status')
  async verzuimmeldingStatus(@Args('id', { type: () => ID }) id: string, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<VerzuimmeldingOntvangstModel | null> {
    const gevonden = await this.meldingen.statusVan(id, principal, request);
    return gevonden ? ontvangst(gevonden.melding, false, gevonden.terugkoppelingen) : null;
  }
}
