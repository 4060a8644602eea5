import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('BrpMutatieResultaat', { description: 'Uitkomst van één BRP-mutatie in een run (zonder persoonsgegevens).' })
export class BrpMutatieResultaatModel {
  @Field()
  mutatieId!: string;

  @Field({ description: 'verwerkt, buiten-populatie, herhaald (al eerder verwerkt; verandert niets) of geweigerd.' })
  uitkomst!: string;

  @Field(() => String, { nullable: true, description: 'Foutcode bij een geweigerde mutatie, bijv. ONGELDIG_BSN of MUTATIE_ID_HERGEBRUIKT.' })
  code!: string | null;

  @Field({ description: 'Later verwerkt dan de termijn uit de instructie na registratie in de BRP (000 art 3 lid 3).' })
  teLaat!: boolean;
}

@ObjectType('BrpSynchronisatie', { description: 'Een run van de BRP-mutaties voor één gemeente.' })
export class BrpSynchronisatieModel {
  @Field()
  gemeente!: string;

  @Field(() => Int)
  verwerkt!: number;

  @Field(() => Int)
  herhaald!: number;

  @Field(() => Int)
  geweigerd!: number;

  @Field(() => [BrpMutatieResultaatModel])
  mutaties!: BrpMutatieResultaatModel[];
}

@ObjectType('BrpBijhouding', { description: 'Stand van de BRP-bijhouding van een gemeente, voor het beheer (000 art 3 lid 3: ten minste wekelijks).' })
export class BrpBijhoudingModel {
  @Field()
  gemeente!: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  laatstGeluktOp!: Date | null;

  @Field({ description: 'Geen geslaagde run binnen de termijn uit de instructie.' })
  achterstallig!: boolean;

  @Field({ description: 'De termijn, bijv. "1 week", met de bron.' })
  termijn!: string;

  @Field(() => Int, { description: 'Mutaties die later dan de termijn zijn verwerkt, de laatste 90 dagen.' })
  teLaatVerwerkt!: number;

  @Field(() => Int, { description: 'Geweigerde mutaties, de laatste 90 dagen.' })
  geweigerd!: number;

  @Field(() => String, { nullable: true, description: 'Foutcode van de laatste mislukte run.' })
  laatsteFout!: string | null;

  @Field(() => Int, { description: 'Personen in de populatie (ingezetenen in de leeftijdsgrenzen van de instructie).' })
  populatie!: number;
}
