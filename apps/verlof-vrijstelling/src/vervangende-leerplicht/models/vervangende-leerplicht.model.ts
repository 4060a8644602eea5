import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { BesluitModel, BriefSamenvattingModel, VerklaringModel } from '../../besluit/models/besluit.model';

@ObjectType('VervangendeLeerplichtStaptermijn', { description: 'Een termijn van een stap: uiterlijk, wanneer gedaan, en of het te laat is.' })
export class StaptermijnModel {
  @Field(() => String, { nullable: true, description: 'Laatste dag; leeg als het profiel geen termijn stelt.' })
  uiterlijk!: string | null;

  @Field(() => String, { nullable: true })
  gedaanOp!: string | null;

  @Field({ description: 'geen-termijn, gedaan, loopt, verstreken, tijdig of te-laat.' })
  status!: string;

  @Field({ description: 'Te laat gedaan, of niet gedaan en de termijn is verstreken.' })
  teLaat!: boolean;

  @Field({ description: 'Waar de termijn vandaan komt (instructie).' })
  bron!: string;

  @Field(() => String, { nullable: true, description: 'Bijvoorbeeld "indien mogelijk" (000 art 10).' })
  opmerking!: string | null;
}

@ObjectType('VervangendeLeerplichtBeslistermijn', { description: 'De beslistermijn van 4 weken na het verzoek (Lpw art 3a–3c).' })
export class BeslistermijnModel {
  @Field()
  uiterlijk!: string;

  @Field()
  waarschuwenVanaf!: string;

  @Field({ description: 'loopt, bijna-verstreken, verstreken, tijdig-besloten of te-laat-besloten.' })
  status!: string;

  @Field()
  teLaat!: boolean;

  @Field()
  bron!: string;
}

@ObjectType('VervangendeLeerplichtTermijnen')
export class TermijnenModel {
  @Field(() => StaptermijnModel, { description: 'Gesprekken binnen 10 werkdagen na de bevinding (000 art 10 lid 2; 003 art 9 lid 3).' })
  gesprekken!: StaptermijnModel;

  @Field(() => StaptermijnModel, { description: 'Ontwerpers geïnformeerd binnen 5 werkdagen na het vastleggen van de afspraken (000 art 10 lid 3; 003 art 9 lid 4 b).' })
  informeren!: StaptermijnModel;

  @Field(() => BeslistermijnModel, { nullable: true, description: 'Zodra het verzoek is ingediend.' })
  beslissen!: BeslistermijnModel | null;

  @Field(() => StaptermijnModel, { nullable: true, description: 'Afschriften binnen 2 weken na het besluit; zodra besloten.' })
  afschrift!: StaptermijnModel | null;
}

@ObjectType('VervangendeLeerplichtOuder')
export class OuderModel {
  @Field()
  naam!: string;

  @Field()
  adres!: string;
}

@ObjectType('VervangendeLeerplichtGesprek')
export class GesprekModel {
  @Field(() => ID)
  id!: string;

  @Field()
  soort!: string;

  @Field()
  datum!: string;

  @Field(() => [String])
  deelnemers!: string[];

  @Field()
  verslag!: string;

  @Field()
  vastgelegdDoor!: string;
}

@ObjectType('VervangendeLeerplichtPlan', { description: 'Het plan van aanpak met begeleidingsprogramma (003 art 9 lid 2).' })
export class PlanModel {
  @Field({ description: 'school (art 3a) of instelling (art 3b).' })
  auteurSoort!: string;

  @Field()
  auteurNaam!: string;

  @Field(() => String, { nullable: true })
  auteurBrin!: string | null;

  @Field()
  ontvangenOp!: string;

  @Field()
  onderwijsdoelen!: string;

  @Field()
  begeleidingsprogramma!: string;

  @Field(() => String, { nullable: true })
  praktijktijd!: string | null;

  @Field(() => String, { nullable: true, description: 'Arbeid van lichte aard (art 3b).' })
  werkzaamheden!: string | null;
}

@ObjectType('VervangendeLeerplichtOntwerper')
export class OntwerperModel {
  @Field()
  naam!: string;

  @Field(() => String, { nullable: true })
  adres!: string | null;
}

@ObjectType('VervangendeLeerplichtAfschrift')
export class AfschriftModel {
  @Field()
  aan!: string;

  @Field()
  rol!: string;

  @Field()
  verzondenOp!: string;
}

@ObjectType('VervangendeLeerplicht', { description: 'Een verzoek om vervangende leerplicht (Lpw art 3a, 3b): gesprekken, plan, afspraken, verzoek, besluit, afschriften, einde.' })
export class VervangendeLeerplichtModel {
  @Field(() => ID)
  id!: string;

  @Field()
  gemeente!: string;

  @Field()
  bsn!: string;

  @Field()
  jongereNaam!: string;

  @Field()
  geboortedatum!: string;

  @Field(() => Int, { description: 'Leeftijd op de eerste dag van de vervangende leerplicht.' })
  leeftijdOpIngang!: number;

  @Field({ description: '3a of 3b.' })
  artikel!: string;

  @Field({ description: 'gesprekken, afspraken-vastgelegd, verzoek-ingediend, toegestaan, afgewezen of beeindigd.' })
  status!: string;

  @Field()
  bevindingOp!: string;

  @Field()
  van!: string;

  @Field()
  totEnMet!: string;

  @Field()
  eerderToegestaan!: boolean;

  @Field(() => [OuderModel])
  ouders!: OuderModel[];

  @Field({ description: 'Wie het plan opstelt: school (art 3a) of instelling (art 3b).' })
  planAuteurSoort!: string;

  @Field(() => PlanModel, { nullable: true })
  plan!: PlanModel | null;

  @Field(() => [GesprekModel])
  gesprekken!: GesprekModel[];

  @Field(() => String, { nullable: true })
  afspraken!: string | null;

  @Field(() => String, { nullable: true })
  afsprakenVastgelegdOp!: string | null;

  @Field(() => [OntwerperModel])
  ontwerpers!: OntwerperModel[];

  @Field(() => String, { nullable: true })
  verzoekOntvangenOp!: string | null;

  @Field(() => String, { nullable: true })
  oudersOndertekendOp!: string | null;

  @Field(() => String, { nullable: true })
  jongereOndertekendOp!: string | null;

  @Field({ description: 'Het profiel vraagt een verklaring over de belastbaarheid (001 §3.3).' })
  belastbaarheidsverklaringVereist!: boolean;

  @Field(() => [VerklaringModel])
  verklaringen!: VerklaringModel[];

  @Field(() => TermijnenModel)
  termijnen!: TermijnenModel;

  @Field(() => BesluitModel, { nullable: true })
  besluit!: BesluitModel | null;

  @Field(() => [AfschriftModel])
  afschriften!: AfschriftModel[];

  @Field(() => Boolean, { nullable: true, description: 'Of het districtshoofd van de Arbeidsinspectie wordt geïnformeerd (000 art 10 lid 4; 001 §3.6; 003 art 9 lid 6); bekend na het besluit.' })
  arbeidsinspectieVereist!: boolean | null;

  @Field(() => String, { nullable: true })
  arbeidsinspectieBriefId!: string | null;

  @Field(() => String, { nullable: true })
  laatsteDag!: string | null;

  @Field(() => String, { nullable: true })
  eindeReden!: string | null;

  @Field(() => [BriefSamenvattingModel])
  brieven!: BriefSamenvattingModel[];

  @Field()
  instructieVersie!: string;

  @Field()
  peildatum!: string;
}

@ObjectType('VervangendeLeerplichtWerkregel', { description: 'Een zaak in de werklijst: de eerstvolgende termijn en wat te laat is.' })
export class WerkregelModel {
  @Field(() => ID)
  id!: string;

  @Field()
  bsn!: string;

  @Field()
  jongereNaam!: string;

  @Field()
  artikel!: string;

  @Field()
  status!: string;

  @Field(() => String, { nullable: true, description: 'De stap die nu aan de beurt is.' })
  volgendeStap!: string | null;

  @Field(() => String, { nullable: true })
  eerstvolgendeUiterlijk!: string | null;

  @Field()
  teLaat!: boolean;

  @Field(() => [String], { description: 'Stappen waarvan de termijn is verstreken of die te laat zijn gedaan.' })
  teLaatStappen!: string[];

  @Field(() => String, { nullable: true, description: 'Stand van de beslistermijn.' })
  beslistermijnStatus!: string | null;

  @Field()
  van!: string;

  @Field()
  totEnMet!: string;
}
