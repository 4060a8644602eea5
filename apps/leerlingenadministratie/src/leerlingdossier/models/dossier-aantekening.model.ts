import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('DossierAantekening', { description: 'Een vastlegging in het leerlingdossier met herkomst: wie, wanneer, bron en bronorganisatie.' })
export class DossierAantekeningModel {
  @Field(() => ID)
  id!: string;

  @Field()
  veld!: string;

  @Field()
  inhoud!: string;

  @Field({ description: 'eigen-waarneming, jongere, ouders, school, ketenpartner, duo, brp of import.' })
  bron!: string;

  @Field(() => String, { nullable: true, description: 'De organisatie waar informatie van derden vandaan komt.' })
  bronOrganisatie!: string | null;

  @Field({ description: 'Keycloak-id van wie het vastlegde.' })
  vastgelegdDoor!: string;

  @Field(() => GraphQLISODateTime)
  vastgelegdOp!: Date;
}

@ObjectType('Verhuisoverdracht', { description: 'Overdracht na een verhuizing binnen het centrum (Lpr art 3 lid 2; 003 art 3 lid 8).' })
export class VerhuisoverdrachtModel {
  @Field(() => ID)
  id!: string;

  @Field()
  vanGemeente!: string;

  @Field()
  verhuisdOp!: string;

  @Field()
  status!: string;
}
