import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PlichtVrijstelling', { description: 'Een vrijstelling of vervangende leerplicht die op de peildatum van kracht is.' })
export class PlichtVrijstellingModel {
  @Field({ description: "Het artikel van de Leerplichtwet: '5 onder a', '5 onder b', '5 onder c', '5a', '15'; of '3a', '3b'." })
  artikel!: string;

  @Field()
  van!: string;

  @Field(() => String, { nullable: true, description: 'Tot en met; leeg zonder einddatum.' })
  totEnMet!: string | null;
}

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

  @Field(() => [PlichtVrijstellingModel], { description: 'De vrijstellingen die op de peildatum gelden (Lpw art 5, 5a, 15).' })
  vrijstellingen!: PlichtVrijstellingModel[];

  @Field(() => PlichtVrijstellingModel, { nullable: true, description: 'Vervangende leerplicht die op de peildatum geldt (Lpw art 3a, 3b).' })
  vervangendeLeerplicht!: PlichtVrijstellingModel | null;

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
