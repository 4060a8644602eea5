import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Inschrijving', { description: 'Een inschrijving op een school, met haar bron.' })
export class InschrijvingModel {
  @Field(() => ID)
  id!: string;

  @Field()
  brin!: string;

  @Field()
  onderwijssoort!: string;

  @Field()
  ingeschrevenOp!: string;

  @Field(() => String, { nullable: true })
  uitgeschrevenOp!: string | null;

  @Field({ description: 'school, administratie, duo-rod of import.' })
  bron!: string;
}
