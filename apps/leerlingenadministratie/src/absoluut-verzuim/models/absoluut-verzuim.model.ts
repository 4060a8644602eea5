import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Inschrijvingscontrole', { description: 'Een run van de controle op absoluut verzuim (Lpw art 19).' })
export class InschrijvingscontroleModel {
  @Field(() => ID)
  id!: string;

  @Field()
  gemeente!: string;

  @Field()
  peildatum!: string;

  @Field(() => GraphQLISODateTime)
  uitgevoerdOp!: Date;

  @Field(() => Int, { description: 'Personen in de populatie op het moment van de run.' })
  populatie!: number;

  @Field(() => Int, { description: 'Nieuwe kandidaten: leerplichtig of kwalificatieplichtig, niet ingeschreven, zonder vrijstelling of startkwalificatie.' })
  kandidaten!: number;

  @Field(() => Int, { description: 'Waarvan via de administratieve route voor buitenlandse studenten (004 Hfst 2.1).' })
  administratieveRoute!: number;

  @Field(() => Int, { description: 'Lopende controles die na de tweede brief zijn doorgezet naar een onderzoek of huisbezoek.' })
  geescaleerd!: number;

  @Field(() => Int, { description: 'Kandidaten die de regel niet kon beoordelen (ontbrekend vakantierooster); handmatig controleren.' })
  nietBeoordeeld!: number;

  @Field(() => Int)
  duurMs!: number;
}

@ObjectType('AbsoluutVerzuimControle', { description: 'De controle van één jongere (administratie.md §5.2 stap 2–7).' })
export class AbsoluutVerzuimProcedureModel {
  @Field(() => ID)
  id!: string;

  @Field()
  gemeente!: string;

  @Field()
  bsn!: string;

  @Field(() => String, { nullable: true })
  naam!: string | null;

  @Field(() => String, { nullable: true })
  geboortedatum!: string | null;

  @Field({ description: 'brieven of administratieve-route (buitenlandse studenten, 004 Hfst 2.1).' })
  route!: string;

  @Field()
  status!: string;

  @Field({ description: 'De volgende stap op de peildatum van de laatste bijwerking.' })
  volgendeActie!: string;

  @Field(() => String, { nullable: true, description: 'Uiterste datum (reactietermijn of start onderzoek), in werkdagen berekend waar de instructie dat zegt.' })
  uiterlijk!: string | null;

  @Field(() => String, { nullable: true })
  eersteBriefOp!: string | null;

  @Field(() => String, { nullable: true })
  tweedeBriefOp!: string | null;

  @Field(() => String, { nullable: true })
  geescaleerdOp!: string | null;
}

@ObjectType('Brief', { description: 'Een verzonden brief, bewaard bij de zaak.' })
export class BriefModel {
  @Field(() => ID)
  id!: string;

  @Field()
  soort!: string;

  @Field()
  kenmerk!: string;

  @Field(() => [String], { description: 'Namen van de geadresseerden (gezagdragers volgens de BRP).' })
  aan!: string[];

  @Field()
  verzondenOp!: string;

  @Field(() => String, { nullable: true })
  reactieUiterlijk!: string | null;

  @Field()
  tekst!: string;
}
