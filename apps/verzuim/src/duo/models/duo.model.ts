import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('DuoOphaling')
export class DuoOphalingModel {
  @Field(() => Int)
  opgehaald!: number;

  @Field(() => Int)
  ingetrokken!: number;

  @Field(() => Int, { description: 'Leveringen die niet zijn overgenomen (zie onverwerkbareDuoLeveringen).' })
  onverwerkbaar!: number;
}

@ObjectType('DuoVerzending')
export class DuoVerzendingModel {
  @Field(() => Int)
  verzonden!: number;

  @Field(() => Int, { description: 'DUO was niet bereikbaar: later opnieuw.' })
  uitgesteld!: number;

  @Field(() => Int, { description: 'DUO weigerde (met reden).' })
  geweigerd!: number;
}

@ObjectType('OnverwerkbareDuoLevering', { description: 'Wat DUO leverde en niet is overgenomen: reden en veldnamen, nooit de inhoud.' })
export class OnverwerkbareDuoLeveringModel {
  @Field(() => ID)
  id!: string;

  @Field()
  gemeente!: string;

  @Field(() => String, { nullable: true })
  volgnummer!: string | null;

  @Field(() => String, { nullable: true })
  meldingsnummer!: string | null;

  @Field()
  reden!: string;

  @Field(() => [String])
  velden!: string[];

  @Field(() => GraphQLISODateTime)
  ontvangenOp!: Date;
}

@InputType('HaalDuoMeldingenOpInput')
export class HaalDuoMeldingenOpInput {
  @Field(() => [String], { nullable: true, description: 'Standaard: alle gemeenten van de gebruiker.' })
  gemeenten?: string[];
}
