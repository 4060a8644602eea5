import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Deskundige', { description: 'Een door het college aangewezen deskundige (Lpw art 7; 000 art 14; 003 art 13).' })
export class DeskundigeModel {
  @Field(() => ID)
  id!: string;

  @Field()
  gemeente!: string;

  @Field()
  naam!: string;

  @Field({ description: 'arts, pedagoog of psycholoog.' })
  beroep!: string;

  @Field(() => String, { nullable: true })
  organisatie!: string | null;

  @Field({ description: 'ad-hoc of structureel.' })
  afspraak!: string;

  @Field()
  werkwijze!: string;

  @Field()
  aangewezenOp!: string;

  @Field(() => String, { nullable: true })
  geldigTotEnMet!: string | null;

  @Field(() => String, { nullable: true })
  ingetrokkenOp!: string | null;

  @Field({ description: 'Aangewezen op de peildatum.' })
  aangewezen!: boolean;

  @Field(() => String, { nullable: true })
  briefId!: string | null;

  @Field(() => String, { nullable: true })
  besluitId!: string | null;
}
