import { Field, ID, ObjectType } from '@nestjs/graphql';
import { BesluitModel, BriefSamenvattingModel } from '../../besluit/models/besluit.model';

@ObjectType('Bezwaar', { description: 'Een bezwaarschrift tegen een besluit (Awb hoofdstuk 6 en 7).' })
export class BezwaarModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  besluitId!: string;

  @Field()
  gemeente!: string;

  @Field()
  indiener!: string;

  @Field()
  ontvangenOp!: string;

  @Field({ description: 'Laatste dag van de bezwaartermijn (Awb art 6:7).' })
  bezwaartermijnUiterlijk!: string;

  @Field({ description: 'tijdig, tijdig-per-post, te-laat of te-laat-verschoonbaar (Awb art 6:9, 6:11).' })
  tijdigheid!: string;

  @Field()
  gronden!: string;

  @Field({ description: 'in-behandeling, advies-ontvangen of besloten.' })
  status!: string;

  @Field({ description: 'Laatste dag voor de beslissing op bezwaar (Awb art 7:10).' })
  beslisUiterlijk!: string;

  @Field({ description: 'De beslissing op bezwaar is te laat (na beslisUiterlijk, of nog niet genomen na die dag).' })
  beslistermijnVerstreken!: boolean;

  @Field(() => String, { nullable: true })
  adviesDatum!: string | null;

  @Field(() => String, { nullable: true })
  adviesStrekking!: string | null;

  @Field(() => String, { nullable: true })
  uitkomst!: string | null;

  @Field(() => BesluitModel, { nullable: true })
  beslissing!: BesluitModel | null;

  @Field(() => [BriefSamenvattingModel])
  brieven!: BriefSamenvattingModel[];
}
