import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';

export enum SchoolOordeelInput {
  school = 'school',
  geenSchool = 'geen-school',
}
registerEnumType(SchoolOordeelInput, { name: 'SchoolOordeel', description: 'Of de onderwijsvoorziening een school is in de zin van de Leerplichtwet.' });

@InputType('SchoolErkenningOuderInput')
export class SchoolErkenningOuderInput {
  @Field()
  naam!: string;

  @Field({ description: 'Adres waar de brief heen gaat (één regel).' })
  adres!: string;
}

@InputType('SchoolErkenningLeerlingInput')
export class SchoolErkenningLeerlingInput {
  @Field()
  bsn!: string;

  @Field()
  naam!: string;

  @Field({ description: 'JJJJ-MM-DD.' })
  geboortedatum!: string;

  @Field(() => [SchoolErkenningOuderInput])
  ouders!: SchoolErkenningOuderInput[];

  @Field(() => String, { nullable: true, description: 'De school of instelling waar de jongere nu staat ingeschreven; die inschrijving blijft tot erkenning (003 art 12 lid 2).' })
  huidigeInschrijving?: string | null;
}

@InputType('OpenSchoolErkenningsvraagInput')
export class OpenSchoolErkenningsvraagInput {
  @Field()
  gemeente!: string;

  @Field()
  voorzieningNaam!: string;

  @Field()
  voorzieningAdres!: string;

  @Field({ description: 'Dag waarop de ouders meldden dat hun kind de voorziening bezoekt.' })
  meldingOntvangenOp!: string;

  @Field(() => [SchoolErkenningLeerlingInput], { description: 'De jongeren om wie het gaat; hun gegevens gaan niet naar de Inspectie.' })
  leerlingen!: SchoolErkenningLeerlingInput[];

  @Field(() => String, { nullable: true, description: 'Adres van de Inspectie van het Onderwijs voor de brief.' })
  inspectieAdres?: string | null;
}

@InputType('VoegLeerlingToeAanSchoolErkenningsvraagInput')
export class VoegLeerlingToeInput {
  @Field(() => ID)
  vraagId!: string;

  @Field(() => SchoolErkenningLeerlingInput)
  leerling!: SchoolErkenningLeerlingInput;
}

@InputType('LegInspectieAdviesVastInput')
export class LegInspectieAdviesVastInput {
  @Field(() => ID)
  vraagId!: string;

  @Field(() => SchoolOordeelInput)
  advies!: SchoolOordeelInput;

  @Field({ description: 'Datum van het advies (JJJJ-MM-DD); de termijn om de ouders te informeren loopt vanaf hier.' })
  adviesDatum!: string;

  @Field(() => String, { nullable: true })
  toelichting?: string | null;
}

@InputType('StelSchoolErkenningVastInput')
export class StelSchoolErkenningVastInput {
  @Field(() => ID)
  vraagId!: string;

  @Field(() => SchoolOordeelInput, { description: 'Moet gelijk zijn aan het advies van de Inspectie (000 art 13 lid 2; 003 art 12 lid 3).' })
  conclusie!: SchoolOordeelInput;
}
