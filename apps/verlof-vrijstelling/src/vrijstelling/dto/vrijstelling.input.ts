import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { KennisgevingGrondInput, KennisgevingOuderInput } from './kennisgeving.input';

export enum Art15UitkomstInput {
  toegewezen = 'toegewezen',
  afgewezen = 'afgewezen',
}
registerEnumType(Art15UitkomstInput, { name: 'Art15Uitkomst' });

export enum VrijstellingEindeRedenInput {
  ingetrokken = 'ingetrokken',
  herroepenOpBezwaar = 'herroepen-op-bezwaar',
  defensieOntslag = 'defensie-ontslag',
  nietMeerVanToepassing = 'niet-meer-van-toepassing',
}
registerEnumType(VrijstellingEindeRedenInput, { name: 'VrijstellingEindeReden', description: 'Waarom de vrijstelling eindigt vóór haar einddatum.' });

@InputType('DienArt15AanvraagInInput')
export class DienArt15AanvraagInInput {
  @Field({ description: 'CBS-code van de woongemeente.' })
  gemeente!: string;

  @Field()
  bsn!: string;

  @Field()
  jongereNaam!: string;

  @Field({ description: 'JJJJ-MM-DD.' })
  geboortedatum!: string;

  @Field(() => [KennisgevingOuderInput], { description: 'De aanvrager(s): ouders, of de jongere zelf.' })
  aanvragers!: KennisgevingOuderInput[];

  @Field({ description: 'Postcode van het woonadres van de jongere (1234AB), voor het register van DUO (Lpw art 15 lid 3).' })
  postcode!: string;

  @Field({ description: 'Dag van ontvangst (JJJJ-MM-DD); de beslistermijn loopt vanaf de dag erna (Awb art 4:13).' })
  ontvangenOp!: string;

  @Field({ description: 'Het andere onderwijs dat de jongere volgt, zoals de aanvragers het beschrijven.' })
  onderwijs!: string;

  @Field(() => String, { nullable: true, description: 'Wie het onderwijs verzorgt.' })
  aanbieder?: string | null;

  @Field({ description: 'Eerste dag van de gevraagde vrijstelling (JJJJ-MM-DD).' })
  gevraagdVan!: string;

  @Field({ description: 'Laatste dag van de gevraagde vrijstelling (JJJJ-MM-DD).' })
  gevraagdTotEnMet!: string;
}

@InputType('BeslisArt15AanvraagInput')
export class BeslisArt15AanvraagInput {
  @Field(() => ID)
  aanvraagId!: string;

  @Field(() => Art15UitkomstInput)
  uitkomst!: Art15UitkomstInput;

  @Field({ description: 'Draagt het onderwijs bij aan een startkwalificatie of een ander passend uitstroomperspectief (000 art 11 lid 2 a; 003 art 10 lid 2 a)?' })
  draagtBijAanStartkwalificatie!: boolean;

  @Field({ description: 'Waarom, schriftelijk.' })
  startkwalificatieToelichting!: string;

  @Field({ description: 'Staat de tijd die met het onderwijs is gemoeid in redelijke verhouding tot de omvang ervan (000 art 11 lid 2 b; 003 art 10 lid 2 b)?' })
  tijdInRedelijkeVerhouding!: boolean;

  @Field({ description: 'Waarom, schriftelijk.' })
  tijdToelichting!: string;

  @Field(() => [String], { description: 'Voorwaarden bij de vrijstelling (003 art 10 lid 2 c); leeg als er geen zijn.' })
  voorwaarden!: string[];

  @Field(() => String, { nullable: true, description: 'Bij toewijzing: eerste dag (JJJJ-MM-DD); standaard de gevraagde.' })
  van?: string | null;

  @Field(() => String, { nullable: true, description: 'Bij toewijzing: laatste dag (JJJJ-MM-DD); standaard de gevraagde.' })
  totEnMet?: string | null;

  @Field({ description: 'De motivering (Awb art 3:46).' })
  motivering!: string;
}

@InputType('BeeindigVrijstellingInput')
export class BeeindigVrijstellingInput {
  @Field(() => ID)
  vrijstellingId!: string;

  @Field(() => VrijstellingEindeRedenInput)
  reden!: VrijstellingEindeRedenInput;

  @Field({ description: 'Laatste dag waarop de vrijstelling gold (JJJJ-MM-DD); de dag vóór de eerste dag bij intrekking vanaf het begin.' })
  laatsteDag!: string;

  @Field({ description: 'Toelichting, schriftelijk.' })
  toelichting!: string;
}

@InputType('VrijstellingenTeVernieuwenInput')
export class VrijstellingenTeVernieuwenInput {
  @Field()
  gemeente!: string;

  @Field(() => String, { nullable: true, description: "Het schooljaar waarvoor een nieuwe kennisgeving nodig is, bijvoorbeeld '2027-2028'; standaard het volgende schooljaar." })
  schooljaar?: string | null;

  @Field(() => KennisgevingGrondInput, { nullable: true, description: 'Alleen deze grond; standaard alle gronden met een einddatum.' })
  grond?: KennisgevingGrondInput | null;
}
