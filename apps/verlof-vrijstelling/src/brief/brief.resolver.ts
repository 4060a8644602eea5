import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import { CurrentPrincipal, CurrentRequest, Purpose, Roles, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import { DomainError, Verwerkingslog } from '@leerrecht/shared/feature-subgraph';
import { vereisUuid } from '../kern/actor';
import { BriefEntity } from './brief.entity';
import { BriefModel } from './models/brief.model';

/** A letter as it was sent, with its PDF: for the file and for printing (000 art 4 lid 2 m). */
@Resolver(() => BriefModel)
export class BriefResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly verwerkingslog: Verwerkingslog,
  ) {}

  @Query(() => BriefModel, { description: 'Een verzonden brief van een verlof-, vrijstellings- of bezwaarzaak in uw gemeente(n).' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('brief-inzien')
  brief(@Args('id', { type: () => ID }) id: string, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<BriefModel> {
    vereisUuid(id, 'id');
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const brief = await manager.findOne(BriefEntity, { where: { id } });
      if (brief === null) throw new DomainError('NIET_GEVONDEN', 'Deze brief bestaat niet in uw gemeente(n).', 'id');
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene: brief.persoonSleutel, gemeente: brief.gemeente });
      return {
        id: brief.id,
        zaakSoort: brief.zaakSoort,
        zaakId: brief.zaakId,
        sjabloon: brief.sjabloon,
        kenmerk: brief.kenmerk,
        onderwerp: brief.onderwerp,
        geadresseerde: brief.geadresseerde,
        afschriftAan: brief.afschriftAan.map((a) => a.naam),
        datum: brief.datum,
        tekst: brief.tekst,
        pdfBase64: brief.pdf.toString('base64'),
        instructieVersie: brief.instructieVersie,
      };
    });
  }
}
