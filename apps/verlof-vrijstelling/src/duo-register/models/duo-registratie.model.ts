import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('DuoRegistratieVerzending', { description: 'Uitkomst van het versturen van wachtende registraties naar het register vrijstellingen van DUO.' })
export class DuoRegistratieVerzendingModel {
  @Field(() => Int)
  verzonden!: number;

  @Field(() => Int, { description: 'DUO was niet bereikbaar: later opnieuw.' })
  uitgesteld!: number;

  @Field(() => Int, { description: 'DUO weigerde (met redencode); zie duoRegistraties.' })
  geweigerd!: number;
}

@ObjectType('DuoRegistratie', {
  description: 'Een registratie (of beëindiging) voor het register vrijstellingen en vervangende leerplicht van DUO (Lpw art 3a–3c, 6 lid 4–5, 15 lid 3–4), met de verzendstatus.',
})
export class DuoRegistratieModel {
  @Field(() => ID, { description: 'Ook het registratieId bij DUO.' })
  id!: string;

  @Field()
  gemeente!: string;

  @Field({ description: 'registratie of beeindiging.' })
  handeling!: string;

  @Field(() => String, { nullable: true, description: 'Bij een beëindiging: de registratie die eindigt.' })
  registratieId!: string | null;

  @Field({ description: 'vrijstelling-art5, vrijstelling-art15 of vervangende-leerplicht.' })
  soort!: string;

  @Field(() => String, { nullable: true, description: 'Lpw art 5 onder a, b of c.' })
  grond!: string | null;

  @Field(() => String, { nullable: true, description: '3a of 3b (vervangende leerplicht).' })
  artikel!: string | null;

  @Field()
  begindatum!: string;

  @Field(() => String, { nullable: true, description: 'Tot en met; bij een beëindiging de nieuwe laatste dag.' })
  einddatum!: string | null;

  @Field({ description: 'wachtend, verzonden of geweigerd.' })
  status!: string;

  @Field(() => Int)
  pogingen!: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  volgendePogingOp!: Date | null;

  @Field(() => String, { nullable: true, description: 'De laatste fout als code (redencode van DUO), nooit inhoud.' })
  laatsteFout!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  verzondenOp!: Date | null;

  @Field(() => String, { nullable: true })
  duoRegistratienummer!: string | null;

  @Field()
  zaakId!: string;

  @Field(() => String, { nullable: true })
  besluitId!: string | null;

  @Field(() => GraphQLISODateTime)
  aangemaaktOp!: Date;

  @Field(() => String, { nullable: true, description: 'Alleen voor leerplichtambtenaar en administratief medewerker; functioneel beheer ziet de status, niet de persoon.' })
  bsn!: string | null;
}
