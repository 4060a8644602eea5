import { Field, Float, InputType, Int, registerEnumType } from '@nestjs/graphql';

export enum VerzuimsoortInput {
  wettelijk = 'wettelijk',
  overig = 'overig',
  luxe = 'luxe',
  langdurigRelatief = 'langdurig-relatief',
  achttienPlus = 'achttien-plus',
}
registerEnumType(VerzuimsoortInput, {
  name: 'Verzuimsoort',
  description: 'Vermoedelijke soort verzuim volgens de melder (Besluit verzuimmelding; verzuim.md §1).',
});

export enum OnderwijssoortInput {
  PO = 'PO',
  SO = 'SO',
  VO = 'VO',
  VSO = 'VSO',
  MBO = 'MBO',
}
registerEnumType(OnderwijssoortInput, { name: 'Onderwijssoort', description: 'Sector van de school (de meldgrens verschilt per sector, 002 §7).' });

@InputType('MelderInput', { description: 'Wie de melding doet (Besluit verzuimmelding: naam, functie, telefoon, e-mail).' })
export class MelderInput {
  @Field()
  naam!: string;

  @Field({ nullable: true })
  functie?: string;

  @Field({ nullable: true })
  telefoon?: string;

  @Field({ nullable: true })
  email?: string;

  @Field({ nullable: true, description: 'Is de melder de directeur? Zo niet, dan volgt contact met de melder of de directeur (000 art 6 lid 1; 001 §3.1).' })
  isDirecteur?: boolean;
}

@InputType('AdresInput', { description: 'Afwijkend (verblijfs)adres, als het afwijkt van de BRP.' })
export class AdresInput {
  @Field()
  straat!: string;

  @Field()
  huisnummer!: string;

  @Field({ nullable: true })
  huisletter?: string;

  @Field({ nullable: true })
  toevoeging?: string;

  @Field({ nullable: true })
  postcode?: string;

  @Field({ nullable: true })
  locatieaanduiding?: string;

  @Field()
  plaats!: string;
}

@InputType('VerzuimregistratieInput', { description: 'Verzuimde uren op één lesdag, uit het verzuimoverzicht van de school.' })
export class VerzuimregistratieInput {
  @Field({ description: 'JJJJ-MM-DD' })
  datum!: string;

  @Field(() => Float)
  uren!: number;
}

/** The fields of the Besluit verzuimmelding (bijlage) shared by the API and the paper channel. */
@InputType({ isAbstract: true })
export class MeldingveldenInput {
  @Field({ description: 'Burgerservicenummer van de leerling (elfproef).' })
  bsn!: string;

  @Field({ description: 'Geboortedatum van de leerling (JJJJ-MM-DD): leeftijd bepaalt contact met de jongere (12+), toestemming (16+) en 18+.' })
  geboortedatum!: string;

  @Field({ nullable: true, description: 'Naam van de leerling zoals de school die kent; alleen gebruikt in berichten aan de school.' })
  leerlingNaam?: string;

  @Field({ description: 'CBS-code van de woongemeente van de leerling, bijvoorbeeld 0193.' })
  gemeente!: string;

  @Field({ description: 'BRIN van de school die meldt.' })
  schoolBrin!: string;

  @Field(() => OnderwijssoortInput)
  onderwijssoort!: OnderwijssoortInput;

  @Field({ nullable: true, description: 'Naam van de leslocatie.' })
  leslocatie?: string;

  @Field(() => VerzuimsoortInput)
  verzuimsoort!: VerzuimsoortInput;

  @Field({ description: 'Eerste verzuimdag (JJJJ-MM-DD).' })
  beginDatum!: string;

  @Field({ nullable: true, description: 'Laatste verzuimdag (JJJJ-MM-DD), indien bekend.' })
  eindDatum?: string;

  @Field(() => Float, { nullable: true, description: 'Aantal verzuimde uren in de meldperiode.' })
  verzuimUren?: number;

  @Field(() => Float, { nullable: true, description: 'Aantal verzuimde dagen in de meldperiode.' })
  verzuimdagen?: number;

  @Field(() => [VerzuimregistratieInput], { nullable: true, description: 'Uren per lesdag: daarmee toetst het systeem 16 uur in 4 opeenvolgende lesweken (Lpw art 21a).' })
  verzuimregistratie?: VerzuimregistratieInput[];

  @Field(() => Int, { nullable: true, description: 'Aantal keren ongeoorloofd te laat of een uur afwezig (regionale afspraken, 002 §7).' })
  keerTeLaat?: number;

  @Field({ nullable: true, description: 'Vermoedelijke reden; geen gegevens over ras, politieke opvattingen, seksueel leven of vakbondslidmaatschap (Lpw art 21a lid 12).' })
  vermoedelijkeReden?: string;

  @Field({ nullable: true })
  alleLessenGemist?: boolean;

  @Field({ nullable: true })
  actieDoorSchool?: string;

  @Field({ nullable: true })
  actieGemeenteGewenst?: boolean;

  @Field({ nullable: true, description: 'Toelichting als geen actie van de gemeente gewenst is.' })
  actieGemeenteToelichting?: string;

  @Field(() => MelderInput)
  melder!: MelderInput;

  @Field({ nullable: true })
  telefoonOuderOfLeerling?: string;

  @Field(() => AdresInput, { nullable: true })
  afwijkendAdres?: AdresInput;

  @Field({ nullable: true, description: "Toelichting van de school, bijvoorbeeld 'thuiszitter' bij een herhaalde melding (002 §7)." })
  toelichtingSchool?: string;
}

/** A school system's verzuimmelding through the API (the partner client). */
@InputType('VerzuimmeldingInput')
export class VerzuimmeldingInput extends MeldingveldenInput {
  @Field({ description: 'Eigen id van dit bericht in het schoolsysteem: dezelfde melding opnieuw sturen met hetzelfde berichtId slaat niets dubbel op.' })
  berichtId!: string;
}

/** A paper kennisgeving of a non-funded school, entered by the administration (000 art 6 lid 1). */
@InputType('PapierenKennisgevingInput')
export class PapierenKennisgevingInput extends MeldingveldenInput {
  @Field({ description: 'Datum waarop de kennisgeving binnenkwam (JJJJ-MM-DD); vanaf dan loopt de terugkoppeltermijn.' })
  ontvangenOp!: string;
}
