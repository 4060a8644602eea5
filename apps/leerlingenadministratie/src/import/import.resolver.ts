import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, CurrentRequest, Purpose, Roles, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import { ImporteerInput } from './dto/importeer.input';
import { ImportService } from './import.service';
import { ImportResultaatModel } from './models/import.model';

@Resolver()
export class ImportResolver {
  constructor(private readonly imports: ImportService) {}

  @Mutation(() => ImportResultaatModel, { description: 'Importeert personen, inschrijvingen of open dossiers uit het vorige systeem (JVS); zie docs/import.md.' })
  @Roles('functioneel-beheerder', 'administratief-medewerker')
  @Purpose('gegevens-importeren')
  async importeerUitVorigSysteem(
    @Args('input') input: ImporteerInput,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() request: RequestContext,
  ): Promise<ImportResultaatModel> {
    const uitkomst = await this.imports.importeer(input.soort, input.inhoud, principal, request);
    return { ...uitkomst, fouten: uitkomst.fouten.map((f) => ({ ...f, veld: f.veld ?? null })) };
  }
}
