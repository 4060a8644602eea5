import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { BesluitModel, BriefSamenvattingModel, VerklaringModel, ZienswijzeModel } from '../../besluit/models/besluit.model';

@ObjectType('KennisgevingOuder')
export class KennisgevingOuderModel {
  @Field()
  naam!: string;

  @Field()
  adres!: string;
}

@ObjectType('Kennisgevingtermijn', { description: 'Een termijn bij de kennisgeving met zijn artikel en of hij verlopen is op de peildatum.' })
export class KennisgevingtermijnModel {
  @Field({ description: 'bericht, onderzoek, bewijs-buitenland of inschrijving.' })
  soort!: string;

  @Field({ description: 'Laatste dag (JJJJ-MM-DD).' })
  uiterlijk!: string;

  @Field()
  bron!: string;

  @Field({ description: 'De stap is gedaan.' })
  afgerond!: boolean;

  @Field({ description: 'Niet afgerond en de laatste dag is voorbij.' })
  verlopen!: boolean;
}

@ObjectType('Vrijstelling', { description: 'Een vrijstelling die geldt of gold: uit een kennisgeving die voldoet (Lpw art 5, 5a, 6) of een besluit art 15.' })
export class VrijstellingModel {
  @Field(() => ID)
  id!: string;

  @Field()
  gemeente!: string;

  @Field()
  bsn!: string;

  @Field({ description: "'5 onder a', '5 onder b', '5 onder c', '5a' of '15'." })
  artikel!: string;

  @Field()
  van!: string;

  @Field(() => String, { nullable: true, description: 'Leeg: voor onbepaalde tijd (verklaring art 7: nooit geschikt).' })
  totEnMet!: string | null;

  @Field(() => String, { nullable: true })
  schooljaar!: string | null;

  @Field(() => String, { nullable: true, description: 'Vóór deze dag is een nieuwe kennisgeving nodig (Lpw art 6).' })
  volgendeKennisgevingVoor!: string | null;

  @Field({ description: 'verleend of beeindigd.' })
  status!: string;

  @Field(() => String, { nullable: true })
  laatsteDag!: string | null;

  @Field(() => String, { nullable: true })
  eindeReden!: string | null;

  @Field(() => [String])
  voorwaarden!: string[];

  @Field(() => ID)
  besluitId!: string;

  @Field(() => ID, { nullable: true })
  kennisgevingId!: string | null;

  @Field(() => ID, { nullable: true })
  art15AanvraagId!: string | null;

  @Field({ description: 'De districtshoofd Arbeidsinspectie is bericht (000 art 12 lid 14).' })
  arbeidsinspectieBericht!: boolean;
}

@ObjectType('KennisgevingVrijstelling', { description: 'Een kennisgeving van een beroep op vrijstelling van de inschrijvingsplicht (Lpw art 5, 5a, 6).' })
export class KennisgevingModel {
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

  @Field(() => Int, { description: 'Leeftijd op de peildatum.' })
  leeftijd!: number;

  @Field(() => [KennisgevingOuderModel])
  ouders!: KennisgevingOuderModel[];

  @Field({ description: "'5 onder a', '5 onder b', '5 onder c' of '5a'." })
  grond!: string;

  @Field()
  ontvangenOp!: string;

  @Field()
  schooljaar!: string;

  @Field()
  eerderIngeschreven!: boolean;

  @Field()
  eersteKennisgeving!: boolean;

  @Field({ description: 'Laatste dag om op tijd te zijn (Lpw art 6 lid 1).' })
  indienenUiterlijk!: string;

  @Field({ description: 'Na die dag ontvangen; de kennisgeving wordt toch behandeld.' })
  teLaat!: boolean;

  @Field({ description: 'in-behandeling, voldaan of niet-voldaan.' })
  status!: string;

  @Field({ description: 'Uiterlijk op deze dag horen de ouders of de kennisgeving voldoet.' })
  berichtUiterlijk!: string;

  @Field()
  berichtBron!: string;

  @Field({ description: 'Het bericht is te laat (niet beoordeeld en de dag is voorbij).' })
  berichtVerlopen!: boolean;

  @Field(() => [KennisgevingtermijnModel])
  termijnen!: KennisgevingtermijnModel[];

  @Field(() => [String], { description: 'Grond b, profiel 004: eerste-kennisgeving en/of leeftijd; leeg = geen uitgebreid onderzoek nodig.' })
  uitgebreidOnderzoekRedenen!: string[];

  @Field(() => String, { nullable: true })
  uitgebreidOnderzoekOp!: string | null;

  @Field(() => String, { nullable: true })
  deskundigeNaam!: string | null;

  @Field(() => String, { nullable: true })
  onderzoekGevraagdOp!: string | null;

  @Field(() => String, { nullable: true })
  toestemmingGevraagdOp!: string | null;

  @Field(() => String, { nullable: true })
  toestemmingOudersOp!: string | null;

  @Field(() => String, { nullable: true })
  toestemmingJongereOp!: string | null;

  @Field({ description: 'Toestemming van jongere vanaf 16 jaar nodig.' })
  toestemmingJongereNodig!: boolean;

  @Field({ description: 'De deskundige mag met het samenwerkingsverband overleggen (000 art 12 lid 3, art 14).' })
  overlegSamenwerkingsverbandToegestaan!: boolean;

  @Field(() => String, { nullable: true })
  overlegSamenwerkingsverbandOp!: string | null;

  @Field(() => String, { nullable: true })
  verklaringDatum!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'De verklaring art 7 is op de peildatum ouder dan de toegestane 3 maanden.' })
  verklaringTeOud!: boolean | null;

  @Field()
  nooitGeschikt!: boolean;

  @Field(() => String, { nullable: true })
  gespreksdatum!: string | null;

  @Field(() => String, { nullable: true })
  toelichtingOp!: string | null;

  @Field(() => Boolean, { nullable: true })
  bezwaarRichtingAlleScholen!: boolean | null;

  @Field(() => String, { nullable: true })
  verlengdOp!: string | null;

  @Field(() => String, { nullable: true })
  buitenlandseSchool!: string | null;

  @Field(() => Boolean, { nullable: true })
  dagelijksPendelen!: boolean | null;

  @Field()
  verklaringSchoolleiderAanwezig!: boolean;

  @Field({ description: 'Een signaal aan Burgerzaken is mogelijk (003 toelichting art 11).' })
  burgerzakenSignaalMogelijk!: boolean;

  @Field(() => String, { nullable: true })
  burgerzakenGesignaleerdOp!: string | null;

  @Field(() => String, { nullable: true })
  inschrijvenUiterlijk!: string | null;

  @Field(() => String, { nullable: true })
  behandelaar!: string | null;

  @Field()
  classificatie!: string;

  @Field()
  instructieVersie!: string;

  @Field(() => [VerklaringModel])
  verklaringen!: VerklaringModel[];

  @Field(() => [ZienswijzeModel])
  zienswijzen!: ZienswijzeModel[];

  @Field(() => BesluitModel, { nullable: true })
  besluit!: BesluitModel | null;

  @Field(() => VrijstellingModel, { nullable: true })
  vrijstelling!: VrijstellingModel | null;

  @Field(() => [BriefSamenvattingModel])
  brieven!: BriefSamenvattingModel[];
}

@ObjectType('KennisgevingWerkregel', { description: 'Een kennisgeving in de werkvoorraad: termijn en of die verlopen is.' })
export class KennisgevingWerkregelModel {
  @Field(() => ID)
  id!: string;

  @Field()
  gemeente!: string;

  @Field()
  bsn!: string;

  @Field()
  jongereNaam!: string;

  @Field()
  grond!: string;

  @Field()
  schooljaar!: string;

  @Field()
  ontvangenOp!: string;

  @Field()
  status!: string;

  @Field()
  teLaat!: boolean;

  @Field()
  berichtUiterlijk!: string;

  @Field()
  berichtVerlopen!: boolean;

  @Field(() => String, { nullable: true, description: 'De eerstvolgende open termijn van een tussenstap.' })
  eerstvolgendeUiterlijk!: string | null;

  @Field(() => Int, { description: 'Aantal verlopen termijnen.' })
  verlopenTermijnen!: number;

  @Field()
  uitgebreidOnderzoekOpen!: boolean;

  @Field(() => String, { nullable: true })
  behandelaar!: string | null;
}

@ObjectType('Art15Beslistermijn', { description: 'De beslistermijn van de aanvraag art 15 (Awb art 4:13).' })
export class Art15BeslistermijnModel {
  @Field()
  uiterlijk!: string;

  @Field()
  waarschuwenVanaf!: string;

  @Field({ description: 'loopt, bijna-verstreken, verstreken, tijdig-besloten of te-laat-besloten.' })
  status!: string;
}

@ObjectType('Art15Aanvraag', { description: 'Een aanvraag om vrijstelling omdat de jongere op andere wijze voldoende onderwijs geniet (Lpw art 15).' })
export class Art15AanvraagModel {
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

  @Field(() => [KennisgevingOuderModel])
  aanvragers!: KennisgevingOuderModel[];

  @Field()
  ontvangenOp!: string;

  @Field()
  onderwijs!: string;

  @Field(() => String, { nullable: true })
  aanbieder!: string | null;

  @Field()
  gevraagdVan!: string;

  @Field()
  gevraagdTotEnMet!: string;

  @Field({ description: 'in-behandeling of besloten.' })
  status!: string;

  @Field(() => Art15BeslistermijnModel)
  beslistermijn!: Art15BeslistermijnModel;

  @Field(() => Boolean, { nullable: true })
  draagtBijAanStartkwalificatie!: boolean | null;

  @Field(() => String, { nullable: true })
  startkwalificatieToelichting!: string | null;

  @Field(() => Boolean, { nullable: true })
  tijdInRedelijkeVerhouding!: boolean | null;

  @Field(() => String, { nullable: true })
  tijdToelichting!: string | null;

  @Field(() => [String])
  voorwaarden!: string[];

  @Field(() => String, { nullable: true })
  behandelaar!: string | null;

  @Field()
  instructieVersie!: string;

  @Field(() => BesluitModel, { nullable: true })
  besluit!: BesluitModel | null;

  @Field(() => VrijstellingModel, { nullable: true })
  vrijstelling!: VrijstellingModel | null;

  @Field(() => [BriefSamenvattingModel])
  brieven!: BriefSamenvattingModel[];
}

@ObjectType('VrijstellingTeVernieuwen', { description: 'Een vrijstelling die eindigt met het schooljaar: voor het volgende schooljaar is een nieuwe kennisgeving nodig (Lpw art 6).' })
export class VrijstellingTeVernieuwenModel {
  @Field(() => ID)
  vrijstellingId!: string;

  @Field()
  gemeente!: string;

  @Field()
  bsn!: string;

  @Field()
  jongereNaam!: string;

  @Field()
  artikel!: string;

  @Field()
  totEnMet!: string;

  @Field({ description: 'Vóór deze dag moet de nieuwe kennisgeving binnen zijn.' })
  volgendeKennisgevingVoor!: string;

  @Field({ description: 'Het schooljaar van de nieuwe kennisgeving.' })
  nieuwSchooljaar!: string;

  @Field(() => ID, { nullable: true, description: 'De nieuwe kennisgeving, als die er is.' })
  nieuweKennisgevingId!: string | null;

  @Field(() => [String], { description: 'Waarom de nieuwe kennisgeving op grond b een uitgebreid onderzoek vraagt (004 Hfst 2.1): leeftijd; leeg = niet.' })
  uitgebreidOnderzoekRedenen!: string[];

  @Field(() => Int, { description: 'Leeftijd aan het eind van het nieuwe schooljaar.' })
  leeftijdEindeNieuwSchooljaar!: number;
}
