import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Verlofaanvraag', { description: 'Een aanvraag voor verlof van school (Lpw art 11 onder f en g, 13a, 14).' })
export class VerlofaanvraagModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'CBS-code van de verantwoordelijke gemeente.' })
  gemeente!: string;

  @Field({ description: 'gewichtige-omstandigheden-tot-10, gewichtige-omstandigheden-meer-dan-10 of vakantieverlof.' })
  soort!: string;

  @Field({ description: 'Eerste dag van het gevraagde verlof (JJJJ-MM-DD).' })
  eersteVerlofdag!: string;

  @Field({ description: 'Laatste dag van het gevraagde verlof (JJJJ-MM-DD).' })
  laatsteVerlofdag!: string;

  @Field(() => GraphQLISODateTime)
  ontvangenOp!: Date;

  @Field({ description: 'ontvangen, doorgezonden, in-behandeling, besloten of ingetrokken.' })
  status!: string;

  @Field({ description: 'AVG of AVG-bijzonder.' })
  classificatie!: string;

  @Field({ description: 'Versie van de instructie waaronder de aanvraag wordt behandeld.' })
  instructieVersie!: string;
}
