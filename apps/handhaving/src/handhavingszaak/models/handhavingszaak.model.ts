import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Handhavingszaak', { description: 'Een handhavingszaak over een jongere (Wpg-gegevens).' })
export class HandhavingszaakModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'CBS-code van de verantwoordelijke gemeente.' })
  gemeente!: string;

  @Field({ description: 'waarschuwing, halt, proces-verbaal, svb-melding, rvdk of veilig-thuis.' })
  soort!: string;

  @Field(() => ID, { nullable: true, description: 'De verzuimmelding die tot de zaak leidde, indien die er is.' })
  aanleidingMeldingId!: string | null;

  @Field(() => GraphQLISODateTime)
  geopendOp!: Date;

  @Field({ description: 'open of afgerond.' })
  status!: string;

  @Field({ description: 'Altijd Wpg.' })
  classificatie!: string;

  @Field({ description: 'Versie van de instructie waaronder de zaak wordt behandeld.' })
  instructieVersie!: string;
}
