import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';

export enum VervangendeLeerplichtArtikelInput {
  art3a = '3a',
  art3b = '3b',
}
registerEnumType(VervangendeLeerplichtArtikelInput, {
  name: 'VervangendeLeerplichtArtikel',
  description: 'Lpw art 3a (aangepast onderwijs- en begeleidingsprogramma met praktijktijd) of art 3b (arbeid van lichte aard).',
});

export enum GeslachtInput {
  man = 'man',
  vrouw = 'vrouw',
  onbekend = 'onbekend',
}
registerEnumType(GeslachtInput, { name: 'VervangendeLeerplichtGeslacht', description: 'Voor het register van DUO als de jongere geen Nederlandse onderwijsgeschiedenis heeft.' });

export enum GesprekSoortInput {
  voorbereiding = 'voorbereiding',
  evaluatie = 'evaluatie',
}
registerEnumType(GesprekSoortInput, {
  name: 'VervangendeLeerplichtGesprekSoort',
  description: 'voorbereiding: over programma en praktijktijd of arbeid van lichte aard (000 art 10 lid 2; 003 art 9 lid 3); evaluatie: na een positief besluit (001 §3.3).',
});

export enum PlanAuteurSoortInput {
  school = 'school',
  instelling = 'instelling',
}
registerEnumType(PlanAuteurSoortInput, {
  name: 'VervangendeLeerplichtPlanAuteur',
  description: 'De school waar de jongere staat ingeschreven (art 3a) of de instelling waar de jongere wil worden ingeschreven (art 3b) (003 art 9 lid 2).',
});

export enum BeslissingInput {
  toegestaan = 'toegestaan',
  afgewezen = 'afgewezen',
}
registerEnumType(BeslissingInput, { name: 'VervangendeLeerplichtBeslissing' });

export enum EindeRedenInput {
  ingetrokken = 'ingetrokken',
  herroepenOpBezwaar = 'herroepen-op-bezwaar',
  nietMeerVanToepassing = 'niet-meer-van-toepassing',
}
registerEnumType(EindeRedenInput, { name: 'VervangendeLeerplichtEindeReden' });

export enum AfschriftRolInput {
  school = 'school',
  instelling = 'instelling',
  jongere = 'jongere',
  ontwerper = 'ontwerper',
}
registerEnumType(AfschriftRolInput, { name: 'VervangendeLeerplichtAfschriftRol', description: 'In welke hoedanigheid de ontvanger een afschrift van het besluit krijgt.' });

@InputType('VervangendeLeerplichtOuderInput')
export class OuderInput {
  @Field()
  naam!: string;

  @Field({ description: 'Adres waar de brieven heen gaan (één regel).' })
  adres!: string;
}

@InputType('VervangendeLeerplichtDuoPersoonsgegevensInput', {
  description: 'Naam en adres in delen, voor het register van DUO als de jongere geen Nederlandse onderwijsgeschiedenis heeft (Lpw art 3a–3c).',
})
export class DuoPersoonsgegevensInput {
  @Field(() => String, { nullable: true })
  voornamen?: string | null;

  @Field(() => String, { nullable: true })
  voorvoegsel?: string | null;

  @Field()
  geslachtsnaam!: string;

  @Field()
  straat!: string;

  @Field(() => Int)
  huisnummer!: number;

  @Field(() => String, { nullable: true })
  huisletter?: string | null;

  @Field(() => String, { nullable: true })
  toevoeging?: string | null;

  @Field()
  woonplaats!: string;
}

@InputType('OpenVervangendeLeerplichtInput')
export class OpenVervangendeLeerplichtInput {
  @Field({ description: 'CBS-code van de woongemeente van de jongere.' })
  gemeente!: string;

  @Field()
  bsn!: string;

  @Field()
  jongereNaam!: string;

  @Field({ description: 'JJJJ-MM-DD.' })
  geboortedatum!: string;

  @Field(() => GeslachtInput, { nullable: true })
  geslacht?: GeslachtInput | null;

  @Field({ description: 'Woonadres van de jongere (één regel).' })
  adres!: string;

  @Field({ description: 'Postcode (1234AB), voor het register van DUO.' })
  postcode!: string;

  @Field({ nullable: true, description: 'De jongere heeft geen Nederlandse onderwijsgeschiedenis: DUO krijgt dan ook naam, adres, geslacht en geboortedatum.' })
  geenNederlandseOnderwijsgeschiedenis?: boolean;

  @Field(() => DuoPersoonsgegevensInput, { nullable: true, description: 'Verplicht zonder Nederlandse onderwijsgeschiedenis, met geslacht.' })
  duoPersoonsgegevens?: DuoPersoonsgegevensInput | null;

  @Field({ nullable: true, description: 'Eerder vervangende leerplicht toegestaan (ook in een andere gemeente).' })
  eerderToegestaan?: boolean;

  @Field(() => [OuderInput])
  ouders!: OuderInput[];

  @Field(() => VervangendeLeerplichtArtikelInput)
  artikel!: VervangendeLeerplichtArtikelInput;

  @Field({ description: 'Dag waarop de leerplichtambtenaar vaststelde dat de jongere mogelijk in de omstandigheden van art 3a/3b verkeert; de gesprekstermijn loopt vanaf hier.' })
  bevindingOp!: string;

  @Field({ description: 'Eerste dag van de vervangende leerplicht (JJJJ-MM-DD).' })
  van!: string;

  @Field({ description: 'Laatste dag (JJJJ-MM-DD).' })
  totEnMet!: string;
}

@InputType('RegistreerVervangendeLeerplichtGesprekInput')
export class RegistreerGesprekInput {
  @Field(() => ID)
  zaakId!: string;

  @Field(() => GesprekSoortInput)
  soort!: GesprekSoortInput;

  @Field({ description: 'JJJJ-MM-DD.' })
  datum!: string;

  @Field(() => [String], { description: 'Wie er aan het gesprek deelnamen (rollen of namen).' })
  deelnemers!: string[];

  @Field({ description: 'Kort verslag.' })
  verslag!: string;
}

@InputType('VervangendeLeerplichtPlanAuteurInput')
export class PlanAuteurInput {
  @Field(() => PlanAuteurSoortInput)
  soort!: PlanAuteurSoortInput;

  @Field()
  naam!: string;

  @Field(() => String, { nullable: true, description: 'BRIN van de school of instelling.' })
  brin?: string | null;
}

@InputType('LegVervangendeLeerplichtPlanVastInput')
export class LegPlanVastInput {
  @Field(() => ID)
  zaakId!: string;

  @Field(() => PlanAuteurInput)
  opgesteldDoor!: PlanAuteurInput;

  @Field({ description: 'Dag van ontvangst van het plan (JJJJ-MM-DD).' })
  ontvangenOp!: string;

  @Field({ description: 'De onderwijsdoelen (003 art 9 lid 2).' })
  onderwijsdoelen!: string;

  @Field({ description: 'Het (aangepaste) onderwijs- en begeleidingsprogramma.' })
  begeleidingsprogramma!: string;

  @Field(() => String, { nullable: true, description: 'De praktijktijd; verplicht bij art 3a.' })
  praktijktijd?: string | null;

  @Field(() => String, { nullable: true, description: 'De arbeid van lichte aard; verplicht bij art 3b.' })
  werkzaamheden?: string | null;

  @Field(() => String, { nullable: true, description: 'Aangepaste eerste dag volgens het plan.' })
  van?: string | null;

  @Field(() => String, { nullable: true, description: 'Aangepaste laatste dag volgens het plan.' })
  totEnMet?: string | null;
}

@InputType('VervangendeLeerplichtOntwerperInput')
export class OntwerperInput {
  @Field({ description: 'Wie het programma, de praktijktijd of de arbeid van lichte aard ontwerpt (school, instelling, werkgever).' })
  naam!: string;

  @Field(() => String, { nullable: true })
  adres?: string | null;
}

@InputType('LegVervangendeLeerplichtAfsprakenVastInput')
export class LegAfsprakenVastInput {
  @Field(() => ID)
  zaakId!: string;

  @Field({ description: 'Dag waarop de afspraken schriftelijk zijn vastgelegd; de informeertermijn loopt vanaf hier.' })
  vastgelegdOp!: string;

  @Field({ description: 'De afspraken uit de gesprekken (000 art 10 lid 3; 003 art 9 lid 4).' })
  afspraken!: string;

  @Field(() => [OntwerperInput], { description: 'Wie over de afspraken wordt geïnformeerd.' })
  ontwerpers!: OntwerperInput[];
}

@InputType('VervangendeLeerplichtZaakInput')
export class ZaakInput {
  @Field(() => ID)
  zaakId!: string;
}

@InputType('LegBelastbaarheidsverklaringVastInput')
export class LegBelastbaarheidsverklaringVastInput {
  @Field(() => ID)
  zaakId!: string;

  @Field({ description: 'Wie de verklaring afgaf, bijvoorbeeld de jeugdarts van GGD Flevoland (001 §3.3); geen diagnose.' })
  uitgever!: string;

  @Field({ description: 'JJJJ-MM-DD.' })
  datum!: string;

  @Field(() => String, { nullable: true, description: 'De strekking in enkele woorden, zonder medische details.' })
  strekking?: string | null;
}

@InputType('RegistreerVervangendeLeerplichtVerzoekInput')
export class RegistreerVerzoekInput {
  @Field(() => ID)
  zaakId!: string;

  @Field(() => String, { nullable: true, description: 'Dag waarop het verzoek bij het college is ingediend; standaard vandaag. De beslistermijn loopt vanaf hier.' })
  ontvangenOp?: string | null;

  @Field(() => String, { nullable: true, description: 'Dag waarop de ouders het verzoek ondertekenden; zonder handtekening geen besluit.' })
  oudersOndertekendOp?: string | null;

  @Field(() => String, { nullable: true, description: 'Dag waarop de jongere het plan ondertekende (001 §3.3).' })
  jongereOndertekendOp?: string | null;
}

@InputType('LegOndertekeningVervangendeLeerplichtVastInput')
export class LegOndertekeningVastInput {
  @Field(() => ID)
  zaakId!: string;

  @Field({ description: 'Dag waarop de ouders het verzoek ondertekenden.' })
  oudersOndertekendOp!: string;

  @Field(() => String, { nullable: true })
  jongereOndertekendOp?: string | null;
}

@InputType('VervangendeLeerplichtAfschriftInput')
export class AfschriftInput {
  @Field({ description: 'Aan wie (naam van de school, instelling of persoon).' })
  aan!: string;

  @Field(() => AfschriftRolInput)
  rol!: AfschriftRolInput;
}

@InputType('BeslisVervangendeLeerplichtInput')
export class BeslisInput {
  @Field(() => ID)
  zaakId!: string;

  @Field(() => BeslissingInput)
  beslissing!: BeslissingInput;

  @Field({ description: 'De motivering (Awb art 3:46).' })
  motivering!: string;

  @Field(() => [AfschriftInput], { nullable: true, description: 'Meer afschriften die met het besluit worden verzonden.' })
  afschriftAan?: AfschriftInput[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Het afschrift aan de school of instelling die het plan opstelde gaat met het besluit mee (standaard); false: het wordt later verzonden en met registreerVervangendeLeerplichtAfschrift vastgelegd.',
  })
  afschriftPlanAuteurMetBesluit?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Adres van het districtshoofd van de Arbeidsinspectie voor de brief.' })
  arbeidsinspectieAdres?: string | null;
}

@InputType('RegistreerVervangendeLeerplichtAfschriftInput')
export class RegistreerAfschriftInput {
  @Field(() => ID)
  zaakId!: string;

  @Field()
  aan!: string;

  @Field(() => AfschriftRolInput)
  rol!: AfschriftRolInput;

  @Field({ description: 'Dag van verzending (JJJJ-MM-DD).' })
  verzondenOp!: string;
}

@InputType('BeeindigVervangendeLeerplichtInput')
export class BeeindigInput {
  @Field(() => ID)
  zaakId!: string;

  @Field({ description: 'Laatste dag waarop de vervangende leerplicht gold (JJJJ-MM-DD).' })
  laatsteDag!: string;

  @Field(() => EindeRedenInput)
  reden!: EindeRedenInput;

  @Field({ description: 'Waarom, in enkele zinnen.' })
  toelichting!: string;
}
