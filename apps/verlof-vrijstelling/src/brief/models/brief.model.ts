import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Zaakbrief', { description: 'Een verzonden brief van een verlof-, vrijstellings- of bezwaarzaak: de tekst zoals verzonden en de PDF (base64).' })
export class BriefModel {
  @Field(() => ID)
  id!: string;

  @Field()
  zaakSoort!: string;

  @Field(() => ID)
  zaakId!: string;

  @Field()
  sjabloon!: string;

  @Field()
  kenmerk!: string;

  @Field()
  onderwerp!: string;

  @Field()
  geadresseerde!: string;

  @Field(() => [String])
  afschriftAan!: string[];

  @Field()
  datum!: string;

  @Field()
  tekst!: string;

  @Field({ description: 'De PDF, base64-gecodeerd (application/pdf).' })
  pdfBase64!: string;

  @Field()
  instructieVersie!: string;
}
