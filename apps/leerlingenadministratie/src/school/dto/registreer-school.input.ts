import { Field, InputType } from '@nestjs/graphql';
import { OnderwijssoortInput } from '../../inschrijving/dto/inschrijvingsbericht.input';

@InputType('RegistreerSchoolInput', { description: 'Een school of onderwijslocatie uit het register van DUO.' })
export class RegistreerSchoolInput {
  @Field({ description: 'BRIN-nummer (4 tekens, bijv. 12AB).' })
  brin!: string;

  @Field(() => String, { nullable: true, description: 'Vestigingsnummer (2 cijfers); leeg voor de school als geheel.' })
  onderwijslocatie?: string | null;

  @Field()
  naam!: string;

  @Field(() => String, { nullable: true })
  plaats?: string | null;

  @Field(() => [OnderwijssoortInput])
  onderwijssoorten!: OnderwijssoortInput[];
}
