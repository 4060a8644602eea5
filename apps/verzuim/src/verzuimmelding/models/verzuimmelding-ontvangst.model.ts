import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

/** One feedback to the source: the actions the gemeente takes, or the closure (Lpw art 21a lid 6). */
@ObjectType('Terugkoppeling')
export class TerugkoppelingModel {
  @Field({ description: 'in-behandeling, afgesloten of ter-kennisgeving-aangenomen (DUO).' })
  status!: string;

  @Field(() => [String], { description: 'De acties die de gemeente naar aanleiding van de melding onderneemt.' })
  acties!: string[];

  @Field(() => String, { nullable: true, description: 'Reden van afsluiten (lijst van DUO).' })
  afsluitreden!: string | null;

  @Field(() => String, { nullable: true, description: 'Toelichting bij het afsluiten (lijst van DUO).' })
  toelichting!: string | null;

  @Field(() => GraphQLISODateTime)
  vastgelegdOp!: Date;
}

/** What a melder gets back: the melding's id and status and the feedback, never case content. */
@ObjectType('VerzuimmeldingOntvangst')
export class VerzuimmeldingOntvangstModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'geregistreerd, in-behandeling, afgesloten, ingetrokken of ter-kennisgeving-aangenomen (DUO).' })
  status!: string;

  @Field(() => GraphQLISODateTime)
  ontvangenOp!: Date;

  @Field({ description: 'Deze melding was al ontvangen (zelfde berichtId): er is niets dubbel opgeslagen.' })
  duplicaat!: boolean;

  @Field(() => [TerugkoppelingModel])
  terugkoppelingen!: TerugkoppelingModel[];
}
