import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Zienswijze', { description: 'Een zienswijze, schriftelijk vastgelegd (Awb art 4:7–4:8).' })
export class ZienswijzeModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'directeur, ouder, jongere of derde-belanghebbende.' })
  partij!: string;

  @Field()
  vorm!: string;

  @Field()
  datum!: string;

  @Field()
  inhoud!: string;

  @Field()
  vastgelegdDoor!: string;
}

@ObjectType('Verklaring', { description: 'Een verklaring waarop een besluit steunt; wie, wanneer en de strekking, geen diagnose.' })
export class VerklaringModel {
  @Field(() => ID)
  id!: string;

  @Field()
  soort!: string;

  @Field()
  uitgever!: string;

  @Field()
  datum!: string;

  @Field(() => String, { nullable: true })
  strekking!: string | null;
}

@ObjectType('Besluit', { description: 'Een besluit (Awb art 1:3) met grondslag, motivering (art 3:46) en bezwaartermijn (art 6:7).' })
export class BesluitModel {
  @Field(() => ID)
  id!: string;

  @Field()
  soort!: string;

  @Field()
  uitkomst!: string;

  @Field()
  grondslag!: string;

  @Field()
  motivering!: string;

  @Field({ description: 'college (mandaat) of leerplichtambtenaar (attributie, 003 art 5 lid 8).' })
  namens!: string;

  @Field()
  bekendgemaaktOp!: string;

  @Field()
  genomenDoor!: string;

  @Field(() => String, { nullable: true })
  bezwaarUiterlijk!: string | null;
}

@ObjectType('BriefSamenvatting', { description: 'Een verzonden brief; de tekst en de PDF haalt u op met `brief(id)`.' })
export class BriefSamenvattingModel {
  @Field(() => ID)
  id!: string;

  @Field()
  sjabloon!: string;

  @Field()
  onderwerp!: string;

  @Field()
  geadresseerde!: string;

  @Field()
  geadresseerdeRol!: string;

  @Field(() => [String])
  afschriftAan!: string[];

  @Field()
  datum!: string;
}
