import { Field, Float, InputType, registerEnumType } from '@nestjs/graphql';

export enum VerzuimsoortInput {
  wettelijk = 'wettelijk',
  overig = 'overig',
  luxe = 'luxe',
  langdurigRelatief = 'langdurig-relatief',
  achttienPlus = 'achttien-plus',
}
registerEnumType(VerzuimsoortInput, {
  name: 'Verzuimsoort',
  description: 'Vermoedelijke soort verzuim volgens de melder (Besluit verzuimmelding; verzuim.md).',
});

/** A school's verzuimmelding (fields of the Besluit verzuimmelding; more follow with the verzuim issue). */
@InputType('VerzuimmeldingInput')
export class VerzuimmeldingInput {
  @Field({ description: 'Burgerservicenummer van de leerling (elfproef).' })
  bsn!: string;

  @Field({ description: 'CBS-code van de woongemeente van de leerling, bijvoorbeeld 0193.' })
  gemeente!: string;

  @Field({ description: 'BRIN van de school die meldt.' })
  schoolBrin!: string;

  @Field(() => VerzuimsoortInput)
  verzuimsoort!: VerzuimsoortInput;

  @Field({ description: 'Eerste verzuimdag (JJJJ-MM-DD).' })
  beginDatum!: string;

  @Field({ nullable: true, description: 'Laatste verzuimdag (JJJJ-MM-DD), indien bekend.' })
  eindDatum?: string;

  @Field(() => Float, { nullable: true, description: 'Aantal verzuimde uren in de meldperiode.' })
  verzuimUren?: number;
}
