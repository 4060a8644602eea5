import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';

export enum BezwaarUitkomstInput {
  gegrond = 'gegrond',
  deelsGegrond = 'deels-gegrond',
  ongegrond = 'ongegrond',
  nietOntvankelijk = 'niet-ontvankelijk',
}
registerEnumType(BezwaarUitkomstInput, { name: 'BezwaarUitkomst', description: 'Awb art 7:11–7:12; niet-ontvankelijk onder meer bij termijnoverschrijding (art 6:9, 6:11).' });

@InputType('DienBezwaarInInput')
export class DienBezwaarInInput {
  @Field(() => ID)
  besluitId!: string;

  @Field({ description: 'Naam van wie het bezwaarschrift indient (Awb art 6:5).' })
  indiener!: string;

  @Field({ nullable: true })
  indienerAdres?: string;

  @Field({ description: 'Datum van ontvangst (JJJJ-MM-DD).' })
  ontvangenOp!: string;

  @Field(() => String, { nullable: true, description: 'Bij verzending per post: de datum van verzending (Awb art 6:9 lid 2).' })
  perPostVerzondenOp?: string | null;

  @Field({ description: 'De gronden van het bezwaar (Awb art 6:5 lid 1 onder d).' })
  gronden!: string;

  @Field(() => String, { nullable: true, description: 'Waarom een te laat bezwaar verschoonbaar is (Awb art 6:11).' })
  verschoonbaarReden?: string | null;
}

@InputType('RegistreerBezwaaradviesInput')
export class RegistreerBezwaaradviesInput {
  @Field(() => ID)
  bezwaarId!: string;

  @Field({ description: 'JJJJ-MM-DD.' })
  datum!: string;

  @Field(() => BezwaarUitkomstInput)
  strekking!: BezwaarUitkomstInput;

  @Field({ description: 'Het advies van de bezwaarcommissie, samengevat (Awb art 7:13).' })
  advies!: string;
}

@InputType('BeslisOpBezwaarInput')
export class BeslisOpBezwaarInput {
  @Field(() => ID)
  bezwaarId!: string;

  @Field(() => BezwaarUitkomstInput)
  uitkomst!: BezwaarUitkomstInput;

  @Field()
  motivering!: string;

  @Field(() => String, { nullable: true, description: 'Verplicht als het besluit afwijkt van het advies (Awb art 7:13 lid 7).' })
  afwijkingVanAdvies?: string | null;
}
