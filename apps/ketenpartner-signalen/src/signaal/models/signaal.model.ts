import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Signaal', { description: 'Een signaal van een ketenpartner over een jongere, met doel en grondslag.' })
export class SignaalModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'CBS-code van de verantwoordelijke gemeente.' })
  gemeente!: string;

  @Field({ description: 'Het partnersysteem (client) dat het signaal stuurde.' })
  afzender!: string;

  @Field({ description: 'Doel van de verwerking dat de partner opgaf.' })
  doel!: string;

  @Field({ description: 'Grondslag die de partner opgaf.' })
  grondslag!: string;

  @Field(() => GraphQLISODateTime)
  ontvangenOp!: Date;

  @Field({ description: 'ontvangen, in-behandeling of afgehandeld.' })
  status!: string;

  @Field({ description: 'AVG, AVG-bijzonder of Wpg.' })
  classificatie!: string;

  @Field({ description: 'Versie van de instructie waaronder het signaal is ontvangen.' })
  instructieVersie!: string;
}
