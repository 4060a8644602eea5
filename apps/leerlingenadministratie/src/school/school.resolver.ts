import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Purpose, Roles } from '@leerrecht/shared/feature-auth';
import { RegistreerSchoolInput } from './dto/registreer-school.input';
import { SchoolModel } from './models/school.model';
import { SchoolService } from './school.service';

@Resolver(() => SchoolModel)
export class SchoolResolver {
  constructor(private readonly register: SchoolService) {}

  @Mutation(() => SchoolModel, { description: 'Neemt een school of onderwijslocatie op in het scholenregister, of werkt haar bij.' })
  @Roles('functioneel-beheerder')
  @Purpose('scholenregister-bijhouden')
  registreerSchool(@Args('input') input: RegistreerSchoolInput): Promise<SchoolModel> {
    return this.register.registreer(input);
  }

  @Query(() => [SchoolModel], { description: 'Scholen en onderwijslocaties uit het register.' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker', 'functioneel-beheerder', 'coordinator')
  @Purpose('scholenregister-bijhouden')
  scholen(@Args('brin', { type: () => String, nullable: true }) brin?: string | null): Promise<SchoolModel[]> {
    return this.register.lijst(brin);
  }
}
