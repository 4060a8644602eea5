import { Field, InputType, registerEnumType } from '@nestjs/graphql';

export enum DossierVeldInput {
  NATIONALITEIT = 'nationaliteit',
  TELEFOONNUMMER_JONGERE = 'telefoonnummer-jongere',
  KENNISGEVING_VRIJSTELLING_INSCHRIJVING = 'kennisgeving-vrijstelling-inschrijving',
  KENNISGEVING_VERZUIM = 'kennisgeving-verzuim',
  VERZUIMOVERZICHT_SCHOOL = 'verzuimoverzicht-school',
  VERLOF_VRIJSTELLING = 'verlof-vrijstelling',
  CORRESPONDENTIE = 'correspondentie',
  GESPREKSVERSLAG = 'gespreksverslag',
  NOTITIE = 'notitie',
  DIPLOMA = 'diploma',
  UITSTROOMPERSPECTIEF = 'uitstroomperspectief',
  ARBEIDSMARKTPOSITIE = 'arbeidsmarktpositie',
  PERSOONLIJKE_OMSTANDIGHEDEN = 'persoonlijke-omstandigheden',
  AFWIJKING_MAS = 'afwijking-mas',
  AFSPRAKEN_VERVANGENDE_LEERPLICHT = 'afspraken-vervangende-leerplicht',
  ADVIES_ABSOLUUT_VERZUIM = 'advies-absoluut-verzuim',
}
registerEnumType(DossierVeldInput, {
  name: 'DossierVeld',
  description: 'Velden van het leerlingdossier (000 art 4 lid 2; 003 art 4 lid 2; 001 Bijlage 3); welke een gemeente gebruikt staat in haar instructie.',
});

export enum AantekeningBronInput {
  EIGEN_WAARNEMING = 'eigen-waarneming',
  JONGERE = 'jongere',
  OUDERS = 'ouders',
  SCHOOL = 'school',
  KETENPARTNER = 'ketenpartner',
  DUO = 'duo',
  BRP = 'brp',
  IMPORT = 'import',
}
registerEnumType(AantekeningBronInput, { name: 'AantekeningBron', description: 'Herkomst van de informatie; bij school of ketenpartner hoort de naam van de organisatie.' });

@InputType('LegDossierAantekeningVastInput')
export class LegDossierAantekeningVastInput {
  @Field()
  bsn!: string;

  @Field()
  gemeente!: string;

  @Field(() => DossierVeldInput)
  veld!: DossierVeldInput;

  @Field()
  inhoud!: string;

  @Field(() => AantekeningBronInput)
  bron!: AantekeningBronInput;

  @Field(() => String, { nullable: true })
  bronOrganisatie?: string | null;
}

@InputType('StelOngeoorloofdVerzuimVastInput')
export class StelOngeoorloofdVerzuimVastInput {
  @Field()
  bsn!: string;

  @Field()
  gemeente!: string;

  @Field({ description: 'Datum waarop het ongeoorloofd schoolverzuim is vastgesteld (JJJJ-MM-DD).' })
  datum!: string;
}
