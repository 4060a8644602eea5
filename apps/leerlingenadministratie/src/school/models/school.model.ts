import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('School', { description: 'Een school of onderwijslocatie uit het scholenregister (DUO).' })
export class SchoolModel {
  @Field()
  brin!: string;

  @Field(() => String, { nullable: true })
  onderwijslocatie!: string | null;

  @Field()
  naam!: string;

  @Field(() => String, { nullable: true })
  plaats!: string | null;

  @Field(() => [String])
  onderwijssoorten!: string[];
}
