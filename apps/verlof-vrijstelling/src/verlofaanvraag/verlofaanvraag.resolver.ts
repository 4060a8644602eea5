import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, CurrentRequest, Purpose, Roles, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import {
  AanvraagDatumInput,
  BeslissingSchoolleiderInput,
  DienVerlofaanvraagInInput,
  LegVerklaringVastInput,
  LegZienswijzeVastInput,
  NeemVerlofbesluitInput,
  StelBuitenBehandelingInput,
  VraagAanvullingAanInput,
} from './dto/verlofaanvraag.input';
import { DoorgezondenVerlofaanvraagModel, VerlofaanvraagModel } from './models/verlofaanvraag.model';
import { SchoolleiderBeslissingService } from './schoolleider-beslissing.service';
import { VerlofaanvraagIntakeService } from './verlofaanvraag-intake.service';
import { VerlofaanvraagService } from './verlofaanvraag.service';
import { VerlofprocedureService } from './verlofprocedure.service';

/**
 * Leave requests (Lpw art 11, 13a, 14) under the Awb. Staff enter a request; the officer decides
 * one of more than 10 schooldagen; a school (partner client) sees the requests forwarded to it and
 * records its head's decision on them (or staff do on his behalf).
 */
@Resolver(() => VerlofaanvraagModel)
export class VerlofaanvraagResolver {
  constructor(
    private readonly intake: VerlofaanvraagIntakeService,
    private readonly aanvragen: VerlofaanvraagService,
    private readonly procedure: VerlofprocedureService,
    private readonly schoolleider: SchoolleiderBeslissingService,
  ) {}

  @Mutation(() => VerlofaanvraagModel, {
    description: 'Registreert een verlofaanvraag van de ouders: ≤ 10 schooldagen in het schooljaar of vakantieverlof wordt doorgezonden naar de schoolleider, anders volgt de ontvangstbevestiging met beslistermijn.',
  })
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('verlofaanvraag-behandelen')
  async dienVerlofaanvraagIn(@Args('input') input: DienVerlofaanvraagInInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<VerlofaanvraagModel> {
    const aanvraag = await this.intake.dienIn(input, principal, request);
    return this.aanvragen.een(aanvraag.id, null, principal, request);
  }

  @Query(() => VerlofaanvraagModel, { description: 'Een verlofaanvraag met termijnen, zienswijzen, verklaringen, besluit en brieven.' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker', 'coordinator')
  @Purpose('verlofaanvraag-inzien')
  verlofaanvraag(
    @Args('id', { type: () => ID }) id: string,
    @Args('peildatum', { type: () => String, nullable: true }) peildatum: string | null,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() request: RequestContext,
  ): Promise<VerlofaanvraagModel> {
    return this.aanvragen.een(id, peildatum ?? null, principal, request);
  }

  @Query(() => [VerlofaanvraagModel], { description: 'De verlofaanvragen van een jongere in uw gemeente(n), nieuwste eerst.' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker', 'coordinator')
  @Purpose('verlofaanvraag-inzien')
  verlofaanvragen(@Args('bsn') bsn: string, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<VerlofaanvraagModel[]> {
    return this.aanvragen.voorPersoon(bsn, principal, request);
  }

  @Query(() => [VerlofaanvraagModel], { description: 'Open aanvragen bij de leerplichtambtenaar met hun beslistermijn; verstreken en bijna verstreken eerst (Awb art 4:13).' })
  @Roles('leerplichtambtenaar', 'coordinator')
  @Purpose('awb-termijnen-bewaken')
  verlofwerkvoorraad(
    @Args('gemeente') gemeente: string,
    @Args('peildatum', { type: () => String, nullable: true }) peildatum: string | null,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() request: RequestContext,
  ): Promise<VerlofaanvraagModel[]> {
    return this.aanvragen.werkvoorraad(gemeente, peildatum ?? null, principal, request);
  }

  @Query(() => [DoorgezondenVerlofaanvraagModel], { description: 'Voor de school: de aan de schoolleider doorgezonden aanvragen van eigen leerlingen (Awb art 2:3; Lpw art 14 lid 1).' })
  @Roles('partner-school')
  @Purpose('verlofaanvraag-schoolleider')
  doorgezondenVerlofaanvragen(@CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<DoorgezondenVerlofaanvraagModel[]> {
    return this.aanvragen.doorgezondenAanSchool(principal, request);
  }

  @Mutation(() => DoorgezondenVerlofaanvraagModel, {
    description:
      'Voor de school: legt de beslissing van de schoolleider vast op een aan hem doorgezonden aanvraag van een eigen leerling (Lpw art 13a, 14 lid 1; 000 art 5 lid 9; 003 art 5 lid 6). Een afwijzing telt niet meer mee voor de 10 schooldagen van het schooljaar, een gedeeltelijke toewijzing alleen met de verleende schooldagen (003 toelichting art 5).',
  })
  @Roles('partner-school')
  @Purpose('verlofaanvraag-schoolleider')
  meldBeslissingSchoolleider(@Args('input') input: BeslissingSchoolleiderInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<DoorgezondenVerlofaanvraagModel> {
    return this.schoolleider.meldDoorSchool(input, principal, request);
  }

  @Mutation(() => VerlofaanvraagModel, {
    description: 'Legt namens de schoolleider diens beslissing vast op een doorgezonden aanvraag, als hij die telefonisch of per brief meldt (000 art 5 lid 9; 003 art 5 lid 6). Geen besluit van de leerplichtambtenaar en geen brief.',
  })
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('verlofaanvraag-behandelen')
  registreerBeslissingSchoolleider(@Args('input') input: BeslissingSchoolleiderInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<VerlofaanvraagModel> {
    return this.schoolleider.registreerNamensSchoolleider(input, principal, request);
  }

  @Mutation(() => VerlofaanvraagModel, { description: 'Vraagt de ouders de aanvraag aan te vullen binnen de hersteltermijn (Awb art 4:5); de beslistermijn wordt opgeschort (art 4:15).' })
  @Roles('leerplichtambtenaar')
  @Purpose('verlofaanvraag-behandelen')
  vraagVerlofaanvullingAan(@Args('input') input: VraagAanvullingAanInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<VerlofaanvraagModel> {
    return this.procedure.vraagAanvullingAan(input, principal, request);
  }

  @Mutation(() => VerlofaanvraagModel, { description: 'De aanvulling is ontvangen; de beslistermijn loopt weer.' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('verlofaanvraag-behandelen')
  registreerVerlofaanvulling(@Args('input') input: AanvraagDatumInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<VerlofaanvraagModel> {
    return this.procedure.registreerAanvulling(input, principal, request);
  }

  @Mutation(() => VerlofaanvraagModel, { description: 'Legt een zienswijze schriftelijk vast: van de directeur, de ouders, de jongere of een derde (Awb art 4:7–4:8).' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('verlofaanvraag-behandelen')
  legVerlofzienswijzeVast(@Args('input') input: LegZienswijzeVastInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<VerlofaanvraagModel> {
    return this.procedure.legZienswijzeVast(input, principal, request);
  }

  @Mutation(() => VerlofaanvraagModel, { description: 'Legt een verklaring bij een medische of sociale indicatie vast (000 art 5 fn 1; 003 toelichting art 5).' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('verlofaanvraag-behandelen')
  legVerlofverklaringVast(@Args('input') input: LegVerklaringVastInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<VerlofaanvraagModel> {
    return this.procedure.legVerklaringVast(input, principal, request);
  }

  @Mutation(() => VerlofaanvraagModel, { description: 'Het besluit op een aanvraag van meer dan 10 schooldagen (Lpw art 14 lid 3), met motivering en bezwaarclausule; afschrift aan de directeur.' })
  @Roles('leerplichtambtenaar')
  @Purpose('verlof-besluiten')
  neemVerlofbesluit(@Args('input') input: NeemVerlofbesluitInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<VerlofaanvraagModel> {
    return this.procedure.neemBesluit(input, principal, request);
  }

  @Mutation(() => VerlofaanvraagModel, { description: 'Stelt een niet tijdig aangevulde aanvraag buiten behandeling (Awb art 4:5).' })
  @Roles('leerplichtambtenaar')
  @Purpose('verlof-besluiten')
  stelVerlofaanvraagBuitenBehandeling(@Args('input') input: StelBuitenBehandelingInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<VerlofaanvraagModel> {
    return this.procedure.stelBuitenBehandeling(input, principal, request);
  }

  @Mutation(() => VerlofaanvraagModel, { description: 'Registreert de ingebrekestelling van de aanvrager na het verstrijken van de beslistermijn (Awb art 4:17).' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('awb-termijnen-bewaken')
  registreerIngebrekestelling(@Args('input') input: AanvraagDatumInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<VerlofaanvraagModel> {
    return this.procedure.registreerIngebrekestelling(input, principal, request);
  }
}
