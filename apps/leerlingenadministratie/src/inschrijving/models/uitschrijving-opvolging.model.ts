import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('UitschrijvingOpvolging', { description: 'Een uitschrijving zonder nieuwe inschrijving (sluitende inschrijving, 000 art 3 lid 8).' })
export class UitschrijvingOpvolgingModel {
  @Field(() => ID)
  id!: string;

  @Field()
  bsn!: string;

  @Field({ description: 'BRIN van de school die uitschreef.' })
  brin!: string;

  @Field()
  uitgeschrevenOp!: string;

  @Field({ description: 'Laatste dag waarop de nieuwe school de inschrijving nog kan melden (Lpw art 18 lid 1).' })
  wachtTotEnMet!: string;

  @Field({ description: 'wachten-op-inschrijving, contact-school, brief-ouders of wachten-op-reactie-ouders (eerst de school, dan schriftelijk de ouders).' })
  volgendeStap!: string;

  @Field(() => String, { nullable: true })
  schoolGecontacteerdOp!: string | null;

  @Field(() => String, { nullable: true })
  oudersAangeschrevenOp!: string | null;
}
