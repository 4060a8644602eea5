import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Verwerking', { description: 'Een regel uit het Logboek Dataverwerkingen.' })
export class VerwerkingModel {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime)
  tijdstip!: Date;

  @Field()
  traceId!: string;

  @Field()
  service!: string;

  @Field()
  operatie!: string;

  @Field()
  verwerkingsactiviteit!: string;

  @Field()
  grondslag!: string;

  @Field(() => String, { nullable: true })
  gemeente!: string | null;

  @Field()
  actorType!: string;

  @Field(() => String, { nullable: true })
  actorId!: string | null;

  @Field(() => [String])
  actorRollen!: string[];

  @Field({ description: 'toegestaan, geweigerd of fout.' })
  status!: string;

  @Field(() => String, { nullable: true })
  reden!: string | null;
}
