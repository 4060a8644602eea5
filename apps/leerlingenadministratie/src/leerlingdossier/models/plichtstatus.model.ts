import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Plichtstatus', { description: 'Leerplicht- en kwalificatieplichtstatus op een peildatum (Lpw art 3, 4, 4a; 002 Bijlage 1).' })
export class PlichtstatusModel {
  @Field()
  peildatum!: string;

  @Field({ description: 'niet-leerplichtig-jonger, leerplichtig, kwalificatieplichtig of niet-meer-plichtig.' })
  soort!: string;

  @Field(() => Int)
  leeftijd!: number;

  @Field({ description: 'Een vrijstelling is van kracht; de plicht zelf blijft bestaan.' })
  vrijgesteld!: boolean;

  @Field({ description: 'Eerste dag van de leerplicht (eerste schooldag van de maand na de 5e verjaardag).' })
  leerplichtVanaf!: string;

  @Field({ description: 'Laatste dag van de volledige leerplicht (31 juli).' })
  volledigeLeerplichtTotEnMet!: string;

  @Field(() => String, { nullable: true, description: 'Laatste dag van de kwalificatieplicht; leeg als die niet geldt.' })
  kwalificatieplichtTotEnMet!: string | null;

  @Field({ description: 'Uitleg in gewone taal, met de data.' })
  reden!: string;

  @Field(() => [String], { description: 'De artikelen waarop de uitkomst rust.' })
  bron!: string[];

  @Field(() => [String], { description: 'Punten om met de hand te controleren.' })
  aandachtspunten!: string[];
}
