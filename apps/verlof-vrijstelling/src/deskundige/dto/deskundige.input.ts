import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';

export enum DeskundigeBeroepInput {
  arts = 'arts',
  pedagoog = 'pedagoog',
  psycholoog = 'psycholoog',
}
registerEnumType(DeskundigeBeroepInput, { name: 'DeskundigeBeroep', description: 'Lpw art 7: een arts, pedagoog of psycholoog.' });

export enum DeskundigeAfspraakInput {
  adHoc = 'ad-hoc',
  structureel = 'structureel',
}
registerEnumType(DeskundigeAfspraakInput, { name: 'DeskundigeAfspraak', description: 'Ad hoc of structureel gemaakte afspraken (000 art 14; 003 toelichting art 13).' });

@InputType('WijsDeskundigeAanInput')
export class WijsDeskundigeAanInput {
  @Field()
  gemeente!: string;

  @Field()
  naam!: string;

  @Field(() => DeskundigeBeroepInput)
  beroep!: DeskundigeBeroepInput;

  @Field(() => String, { nullable: true, description: 'Bijvoorbeeld de GGD of de schoolbegeleidingsdienst (003 toelichting art 13).' })
  organisatie?: string | null;

  @Field(() => String, { nullable: true, description: 'Adres voor de aanwijzingsbrief.' })
  adres?: string | null;

  @Field(() => DeskundigeAfspraakInput)
  afspraak!: DeskundigeAfspraakInput;

  @Field({ description: 'Hoe het onderzoek wordt gedaan en de schriftelijke verklaring wordt opgesteld (003 art 13 lid 1).' })
  werkwijze!: string;

  @Field(() => String, { nullable: true, description: 'Laatste dag van de aanwijzing; leeg = tot intrekking.' })
  geldigTotEnMet?: string | null;
}

@InputType('TrekAanwijzingDeskundigeInInput')
export class TrekAanwijzingInInput {
  @Field(() => ID)
  deskundigeId!: string;
}
