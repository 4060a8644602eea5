import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { BesluitModel, BriefSamenvattingModel, VerklaringModel, ZienswijzeModel } from '../../besluit/models/besluit.model';

@ObjectType('Beslistermijn', { description: 'De beslistermijn van de aanvraag (Awb art 4:13), met opschorting tijdens het aanvullen (art 4:15).' })
export class BeslistermijnModel {
  @Field({ description: 'Laatste dag om tijdig te beslissen.' })
  uiterlijk!: string;

  @Field({ description: 'Vanaf deze dag wordt de termijn als bijna verstreken gemeld.' })
  waarschuwenVanaf!: string;

  @Field({ description: 'loopt, bijna-verstreken, verstreken, opgeschort, tijdig-besloten of te-laat-besloten.' })
  status!: string;

  @Field(() => Int)
  opgeschorteDagen!: number;
}

@ObjectType('Dwangsom', { description: 'De dwangsom bij niet tijdig beslissen na ingebrekestelling (Awb art 4:17).' })
export class DwangsomModel {
  @Field()
  loopVanaf!: string;

  @Field(() => Int)
  dagen!: number;

  @Field(() => Int, { description: 'In hele euro’s.' })
  bedrag!: number;
}

@ObjectType('SchoolleiderBeslissing', {
  description:
    'De beslissing van de schoolleider op een doorgezonden aanvraag (Lpw art 13a, 14 lid 1), door de school vastgelegd of namens hem door de gemeente (000 art 5 lid 9; 003 art 5 lid 6). Geen besluit van de leerplichtambtenaar.',
})
export class SchoolleiderBeslissingModel {
  @Field({ description: 'toegewezen, gedeeltelijk-toegewezen of afgewezen.' })
  uitkomst!: string;

  @Field(() => String, { nullable: true, description: 'Eerste verleende dag; leeg bij afwijzing.' })
  verleendVan!: string | null;

  @Field(() => String, { nullable: true, description: 'Laatste verleende dag; leeg bij afwijzing.' })
  verleendTotEnMet!: string | null;

  @Field(() => Int, { description: 'Verleende schooldagen: wat de aanvraag nog telt voor de 10 schooldagen van het schooljaar (003 toelichting art 5); 0 bij afwijzing.' })
  verleendeSchooldagen!: number;

  @Field({ description: 'De dag waarop de schoolleider besliste.' })
  beslotenOp!: string;

  @Field({ description: 'Wie de beslissing vastlegde: de school zelf, of de medewerker van de gemeente aan wie de schoolleider haar meldde.' })
  vastgelegdDoor!: string;
}

@ObjectType('Verlofaanvraag', { description: 'Een aanvraag voor verlof van school (Lpw art 11 onder f en g, 13a, 14).' })
export class VerlofaanvraagModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'CBS-code van de verantwoordelijke gemeente.' })
  gemeente!: string;

  @Field()
  bsn!: string;

  @Field()
  jongereNaam!: string;

  @Field()
  schoolBrin!: string;

  @Field()
  schoolNaam!: string;

  @Field({ description: 'gewichtige-omstandigheden of vakantieverlof.' })
  soort!: string;

  @Field({ description: 'schoolleider (≤ 10 schooldagen per schooljaar, of vakantieverlof) of leerplichtambtenaar (Lpw art 14).' })
  route!: string;

  @Field({ description: 'Eerste dag van het gevraagde verlof (JJJJ-MM-DD).' })
  eersteVerlofdag!: string;

  @Field({ description: 'Laatste dag van het gevraagde verlof (JJJJ-MM-DD).' })
  laatsteVerlofdag!: string;

  @Field()
  schooljaar!: string;

  @Field(() => Int, { description: 'Schooldagen van deze aanvraag in de vakantieregio van de gemeente.' })
  schooldagen!: number;

  @Field(() => Int, { description: 'Schooldagen van deze en de andere niet-afgewezen aanvragen in het schooljaar, bij ontvangst.' })
  schooljaarSchooldagen!: number;

  @Field()
  omstandigheid!: string;

  @Field(() => String, { nullable: true })
  indicatie!: string | null;

  @Field(() => GraphQLISODateTime)
  ontvangenOp!: Date;

  @Field()
  ontvangstdatum!: string;

  @Field({ description: 'Het verlof begint voordat redelijkerwijs kan worden beslist (000 art 5 lid 1; 003 art 5 lid 1).' })
  korteTermijnWaarschuwing!: boolean;

  @Field({ description: 'ontvangen, doorgezonden, besloten-door-schoolleider, in-behandeling, aanvulling-gevraagd, besloten, buiten-behandeling of ingetrokken.' })
  status!: string;

  @Field(() => SchoolleiderBeslissingModel, { nullable: true, description: 'Alleen bij een doorgezonden aanvraag waarop de schoolleider besliste (Lpw art 13a, 14 lid 1; 000 art 5 lid 9; 003 art 5 lid 6).' })
  schoolleiderBeslissing!: SchoolleiderBeslissingModel | null;

  @Field(() => BeslistermijnModel, { nullable: true, description: 'Alleen als de leerplichtambtenaar beslist.' })
  beslistermijn!: BeslistermijnModel | null;

  @Field(() => String, { nullable: true })
  aanvullenUiterlijk!: string | null;

  @Field(() => String, { nullable: true })
  ingebrekestellingOntvangenOp!: string | null;

  @Field(() => DwangsomModel, { nullable: true })
  dwangsom!: DwangsomModel | null;

  @Field({ description: 'AVG of AVG-bijzonder (medische of sociale indicatie).' })
  classificatie!: string;

  @Field({ description: 'Versie van de instructie waaronder de aanvraag wordt behandeld.' })
  instructieVersie!: string;

  @Field(() => [ZienswijzeModel])
  zienswijzen!: ZienswijzeModel[];

  @Field(() => [VerklaringModel])
  verklaringen!: VerklaringModel[];

  @Field(() => BesluitModel, { nullable: true })
  besluit!: BesluitModel | null;

  @Field(() => [BriefSamenvattingModel])
  brieven!: BriefSamenvattingModel[];
}

@ObjectType('DoorgezondenVerlofaanvraag', { description: 'Wat de schoolleider ziet van een aan hem doorgezonden aanvraag van een eigen leerling (Awb art 2:3).' })
export class DoorgezondenVerlofaanvraagModel {
  @Field(() => ID)
  id!: string;

  @Field()
  jongereNaam!: string;

  @Field()
  geboortedatum!: string;

  @Field()
  soort!: string;

  @Field()
  eersteVerlofdag!: string;

  @Field()
  laatsteVerlofdag!: string;

  @Field(() => Int)
  schooldagen!: number;

  @Field(() => Int)
  schooljaarSchooldagen!: number;

  @Field()
  omstandigheid!: string;

  @Field(() => String, { nullable: true })
  toelichting!: string | null;

  @Field()
  ontvangstdatum!: string;

  @Field(() => [String], { description: 'Namen van de aanvragers.' })
  aanvragers!: string[];

  @Field({ description: 'doorgezonden, of besloten-door-schoolleider zodra de beslissing is vastgelegd.' })
  status!: string;

  @Field(() => SchoolleiderBeslissingModel, { nullable: true, description: 'De vastgelegde beslissing van de schoolleider (Lpw art 13a, 14 lid 1; 000 art 5 lid 9; 003 art 5 lid 6).' })
  schoolleiderBeslissing!: SchoolleiderBeslissingModel | null;
}
