import { Field, ID, ObjectType } from '@nestjs/graphql';
import { BriefSamenvattingModel } from '../../besluit/models/besluit.model';

@ObjectType('SchoolErkenningTermijn')
export class SchoolErkenningTermijnModel {
  @Field(() => String, { nullable: true })
  uiterlijk!: string | null;

  @Field(() => String, { nullable: true })
  gedaanOp!: string | null;

  @Field()
  teLaat!: boolean;

  @Field()
  bron!: string;
}

@ObjectType('SchoolErkenningOuder')
export class SchoolErkenningOuderModel {
  @Field()
  naam!: string;

  @Field()
  adres!: string;
}

@ObjectType('SchoolErkenningLeerling')
export class SchoolErkenningLeerlingModel {
  @Field(() => ID)
  id!: string;

  @Field()
  bsn!: string;

  @Field()
  naam!: string;

  @Field()
  geboortedatum!: string;

  @Field(() => [SchoolErkenningOuderModel])
  ouders!: SchoolErkenningOuderModel[];

  @Field(() => String, { nullable: true })
  huidigeInschrijving!: string | null;

  @Field(() => String, { nullable: true })
  oudersGeinformeerdOp!: string | null;

  @Field({ description: 'De ouders zijn te laat of nog niet geïnformeerd terwijl de termijn verstreken is.' })
  oudersTeLaat!: boolean;

  @Field(() => [ID])
  briefIds!: string[];
}

@ObjectType('SchoolErkenningsvraag', { description: 'Is een onderwijsvoorziening een school in de zin van de Leerplichtwet (000 art 13; 003 art 12)?' })
export class SchoolErkenningsvraagModel {
  @Field(() => ID)
  id!: string;

  @Field()
  gemeente!: string;

  @Field()
  voorzieningNaam!: string;

  @Field()
  voorzieningAdres!: string;

  @Field()
  meldingOntvangenOp!: string;

  @Field({ description: 'inspectie-verzocht, advies-ontvangen of vastgesteld.' })
  status!: string;

  @Field()
  inspectieVerzochtOp!: string;

  @Field(() => SchoolErkenningTermijnModel, { description: 'De termijn die in het verzoek aan de Inspectie staat.' })
  adviestermijn!: SchoolErkenningTermijnModel;

  @Field(() => String, { nullable: true, description: 'school of geen-school.' })
  advies!: string | null;

  @Field(() => String, { nullable: true })
  adviesDatum!: string | null;

  @Field(() => String, { nullable: true })
  adviesToelichting!: string | null;

  @Field(() => String, { nullable: true, description: 'Gelijk aan het advies.' })
  conclusie!: string | null;

  @Field(() => String, { nullable: true })
  conclusieOp!: string | null;

  @Field(() => SchoolErkenningTermijnModel, { nullable: true, description: 'Geen school: de ouders binnen 7 dagen schriftelijk informeren (000 art 13 lid 3; 003 art 12 lid 4).' })
  oudersInformeren!: SchoolErkenningTermijnModel | null;

  @Field({ description: 'Een bestaande inschrijving mag pas worden beëindigd na erkenning als school (003 art 12 lid 2).' })
  uitschrijvingToegestaan!: boolean;

  @Field(() => [SchoolErkenningLeerlingModel])
  leerlingen!: SchoolErkenningLeerlingModel[];

  @Field(() => [BriefSamenvattingModel])
  brieven!: BriefSamenvattingModel[];

  @Field()
  peildatum!: string;
}
