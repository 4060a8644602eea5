import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

/** What a melder gets back: the melding's id and status, never dossier content. */
@ObjectType('VerzuimmeldingOntvangst')
export class VerzuimmeldingOntvangstModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'geregistreerd, in-behandeling, afgesloten, ingetrokken of ter-kennisgeving-aangenomen (DUO).' })
  status!: string;

  @Field(() => GraphQLISODateTime)
  ontvangenOp!: Date;
}
