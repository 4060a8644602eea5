import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { TerugkoppelingModel } from '../../verzuimmelding/models/verzuimmelding-ontvangst.model';

@ObjectType('VerleendVerlofperiode', { description: 'Verlof dat de leerplichtambtenaar verleende (Lpw art 14 lid 3) en dat bij de beoordeling van luxe verzuim is meegenomen.' })
export class VerleendVerlofperiodeModel {
  @Field({ description: 'Eerste verlofdag (JJJJ-MM-DD).' })
  van!: string;

  @Field({ description: 'Laatste verlofdag (JJJJ-MM-DD).' })
  totEnMet!: string;
}

@ObjectType('MeldingBeoordeling', { description: 'Hoe de regels van de instructie de melding bij binnenkomst lezen.' })
export class MeldingBeoordelingModel {
  @Field({ description: '16 uur in 4 opeenvolgende lesweken (Lpw art 21a): bereikt, niet-bereikt of onbepaald.' })
  wettelijkVerzuim!: string;

  @Field(() => String, { nullable: true })
  vensterVan!: string | null;

  @Field(() => String, { nullable: true })
  vensterTotEnMet!: string | null;

  @Field(() => Float, { nullable: true })
  urenInVenster!: number | null;

  @Field(() => String, { nullable: true, description: 'Waarom de zaak een andere soort kreeg dan gemeld (bijvoorbeeld 18+).' })
  zaaksoortToelichting!: string | null;

  @Field(() => String, { nullable: true, description: 'Luxe verzuim: waarschuwing, proces-verbaal of onderzoek, volgens de instructie; geen-verzuim als alle gemelde schooldagen binnen verleend verlof vallen (Lpw art 11 onder g).' })
  luxeVerzuimVoorstel!: string | null;

  @Field(() => String, { nullable: true })
  luxeVerzuimBron!: string | null;

  @Field(() => String, { nullable: true })
  luxeVerzuimToelichting!: string | null;

  @Field(() => Int, { nullable: true, description: 'Beoordeelde schooldagen luxe verzuim: de gemelde min die binnen verleend verlof.' })
  luxeVerzuimSchooldagen!: number | null;

  @Field(() => Int, { nullable: true, description: 'Schooldagen van de melding binnen verleend verlof; die tellen niet als verzuim (Lpw art 11 onder g).' })
  luxeVerzuimSchooldagenBinnenVerlof!: number | null;

  @Field(() => [VerleendVerlofperiodeModel], { nullable: true, description: 'Het verleende verlof dat de periode van de melding overlapt en is meegenomen.' })
  luxeVerzuimVerleendVerlof!: VerleendVerlofperiodeModel[] | null;

  @Field(() => Boolean, { nullable: true })
  eersteOvertreding!: boolean | null;

  @Field(() => String, { nullable: true, description: 'Te-laat-ladder (002 §7): de actie van leerplicht bij dit aantal keren.' })
  teLaatActie!: string | null;

  @Field(() => String, { nullable: true })
  teLaatOmschrijving!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Gemeld onder de afgesproken meldgrens van de sector.' })
  onderMeldgrens!: boolean | null;
}

@ObjectType('Zaakmelding', { description: 'Een melding in de zaak, met de velden van het Besluit verzuimmelding.' })
export class ZaakmeldingModel {
  @Field(() => ID)
  id!: string;

  @Field()
  kanaal!: string;

  @Field(() => String, { nullable: true, description: 'Meldingsnummer van DUO of berichtId van het schoolsysteem.' })
  externId!: string | null;

  @Field()
  status!: string;

  @Field({ description: 'Soort zoals de school meldde.' })
  verzuimsoort!: string;

  @Field()
  schoolBrin!: string;

  @Field(() => String, { nullable: true })
  onderwijssoort!: string | null;

  @Field()
  beginDatum!: string;

  @Field(() => String, { nullable: true })
  eindDatum!: string | null;

  @Field(() => Float, { nullable: true })
  verzuimUren!: number | null;

  @Field(() => Float, { nullable: true })
  verzuimdagen!: number | null;

  @Field(() => Int, { nullable: true })
  keerTeLaat!: number | null;

  @Field(() => GraphQLISODateTime)
  ontvangenOp!: Date;

  @Field(() => String, { nullable: true })
  vermoedelijkeReden!: string | null;

  @Field(() => String, { nullable: true })
  actieDoorSchool!: string | null;

  @Field(() => String, { nullable: true })
  melderNaam!: string | null;

  @Field(() => Boolean, { nullable: true })
  melderIsDirecteur!: boolean | null;

  @Field(() => String, { nullable: true })
  afsluitreden!: string | null;

  @Field(() => String, { nullable: true })
  afsluittoelichting!: string | null;

  @Field()
  classificatie!: string;

  @Field(() => MeldingBeoordelingModel, { nullable: true })
  beoordeling!: MeldingBeoordelingModel | null;

  @Field(() => [TerugkoppelingModel])
  terugkoppelingen!: TerugkoppelingModel[];
}

@ObjectType('Zaaktaak', { description: 'Een voorgeschreven stap met termijn en artikel; overslaan of wijzigen alleen met uitleg.' })
export class ZaaktaakModel {
  @Field(() => ID)
  id!: string;

  @Field()
  soort!: string;

  @Field()
  omschrijving!: string;

  @Field(() => String, { nullable: true, description: 'Uiterste datum, in werkdagen/schooldagen berekend uit de instructie.' })
  uiterlijk!: string | null;

  @Field()
  bron!: string;

  @Field({ description: 'open, uitgevoerd, overgeslagen of anders-uitgevoerd.' })
  status!: string;

  @Field(() => String, { nullable: true })
  afgerondOp!: string | null;

  @Field(() => String, { nullable: true })
  afgerondDoor!: string | null;

  @Field(() => String, { nullable: true })
  uitleg!: string | null;

  @Field({ description: 'Open na de termijn, of uitgevoerd na de termijn.' })
  teLaat!: boolean;

  @Field(() => String, { nullable: true })
  meldingId!: string | null;
}

@ObjectType('Zaakgebeurtenis')
export class ZaakgebeurtenisModel {
  @Field()
  soort!: string;

  @Field()
  omschrijving!: string;

  @Field(() => String, { nullable: true, description: 'De schriftelijke uitleg bij een afwijking van de MAS.' })
  uitleg!: string | null;

  @Field()
  afwijkingMas!: boolean;

  @Field()
  datum!: string;

  @Field()
  actor!: string;
}

@ObjectType('Toestemming')
export class ToestemmingModel {
  @Field(() => ID)
  id!: string;

  @Field()
  gever!: string;

  @Field()
  reikwijdte!: string;

  @Field()
  gegevenOp!: string;

  @Field(() => String, { nullable: true })
  ingetrokkenOp!: string | null;
}

@ObjectType('Maatregelverzoek')
export class MaatregelverzoekModel {
  @Field(() => ID)
  id!: string;

  @Field()
  maatregel!: string;

  @Field()
  tegen!: string;

  @Field()
  datum!: string;

  @Field(() => String, { nullable: true })
  voorstel!: string | null;

  @Field()
  eersteOvertreding!: boolean;
}

@ObjectType('MogelijkeMaatregel')
export class MogelijkeMaatregelModel {
  @Field()
  maatregel!: string;

  @Field()
  bron!: string;
}

@ObjectType('Bericht', { description: 'Bericht aan school of betrokkene; inhoudelijk alleen met toestemming.' })
export class BerichtModel {
  @Field()
  soort!: string;

  @Field()
  ontvanger!: string;

  @Field()
  inhoudelijk!: boolean;

  @Field()
  kenmerk!: string;

  @Field()
  datum!: string;

  @Field()
  tekst!: string;
}

@ObjectType('Verzuimzaak', { description: 'Het onderzoek naar het verzuim van een jongere (Lpw art 22) langs de MAS.' })
export class VerzuimzaakModel {
  @Field(() => ID)
  id!: string;

  @Field()
  gemeente!: string;

  @Field()
  bsn!: string;

  @Field(() => String, { nullable: true })
  geboortedatum!: string | null;

  @Field(() => Int, { nullable: true })
  leeftijd!: number | null;

  @Field({ description: 'wettelijk, overig, luxe, langdurig-relatief, achttien-plus of absoluut.' })
  soort!: string;

  @Field()
  status!: string;

  @Field()
  triage!: string;

  @Field(() => String, { nullable: true })
  behandelaar!: string | null;

  @Field(() => String, { nullable: true })
  fase!: string | null;

  @Field(() => [String], { description: 'De fasen van de instructie, in volgorde.' })
  fasen!: string[];

  @Field(() => [String])
  routes!: string[];

  @Field()
  besprokenInZat!: boolean;

  @Field()
  ongeoorloofdVastgesteld!: boolean;

  @Field({ description: 'AVG of Wpg, zoals de instructie van de gemeente zegt.' })
  classificatie!: string;

  @Field()
  instructieVersie!: string;

  @Field(() => GraphQLISODateTime)
  geopendOp!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  geslotenOp!: Date | null;

  @Field(() => String, { nullable: true })
  afsluitreden!: string | null;

  @Field(() => String, { nullable: true })
  afsluittoelichting!: string | null;

  @Field(() => String, { nullable: true, description: 'Bewaren tot (Selectielijst of Wpg); leeg zolang een Wpg-zaak loopt.' })
  bewarenTot!: string | null;

  @Field()
  bewaartermijnGrondslag!: string;

  @Field(() => [ZaakmeldingModel])
  meldingen!: ZaakmeldingModel[];

  @Field(() => [ZaaktaakModel])
  taken!: ZaaktaakModel[];

  @Field(() => [ZaakgebeurtenisModel])
  tijdlijn!: ZaakgebeurtenisModel[];

  @Field(() => [ToestemmingModel])
  toestemmingen!: ToestemmingModel[];

  @Field(() => [MaatregelverzoekModel])
  maatregelverzoeken!: MaatregelverzoekModel[];

  @Field(() => [MogelijkeMaatregelModel], { description: 'Maatregelen die deze zaak kan opleveren; leeg voor 18+ (000 art 7).' })
  mogelijkeMaatregelen!: MogelijkeMaatregelModel[];

  @Field(() => [BerichtModel])
  berichten!: BerichtModel[];
}

@ObjectType('Zaakregel', { description: 'Een open zaak in de werkvoorraad, op urgentie.' })
export class ZaakregelModel {
  @Field(() => ID)
  id!: string;

  @Field()
  gemeente!: string;

  @Field()
  bsn!: string;

  @Field()
  soort!: string;

  @Field(() => String, { nullable: true })
  fase!: string | null;

  @Field(() => String, { nullable: true })
  behandelaar!: string | null;

  @Field()
  classificatie!: string;

  @Field(() => GraphQLISODateTime)
  geopendOp!: Date;

  @Field(() => Int)
  openTaken!: number;

  @Field(() => Int, { description: 'Open taken waarvan de termijn verstreken is.' })
  teLaat!: number;

  @Field(() => String, { nullable: true })
  eerstvolgendeUiterlijk!: string | null;
}

@ObjectType('Werkvoorraad')
export class WerkvoorraadModel {
  @Field(() => [ZaakregelModel])
  zaken!: ZaakregelModel[];

  @Field(() => Int, { description: 'Wpg-zaken die voor deze gebruiker verborgen zijn.' })
  verborgenWpg!: number;
}

@ObjectType('Taakregel')
export class TaakregelModel {
  @Field(() => ID)
  taakId!: string;

  @Field(() => ID)
  zaakId!: string;

  @Field(() => String, { nullable: true })
  meldingId!: string | null;

  @Field()
  gemeente!: string;

  @Field()
  soort!: string;

  @Field()
  omschrijving!: string;

  @Field(() => String, { nullable: true })
  uiterlijk!: string | null;

  @Field()
  bron!: string;

  @Field(() => String, { nullable: true })
  behandelaar!: string | null;

  @Field()
  teLaat!: boolean;

  @Field(() => Int)
  dagenTeLaat!: number;
}

@ObjectType('Takenlijst')
export class TakenlijstModel {
  @Field(() => [TaakregelModel])
  taken!: TaakregelModel[];

  @Field(() => Int)
  verborgenWpg!: number;
}

@ObjectType('Telling')
export class TellingModel {
  @Field()
  sleutel!: string;

  @Field(() => Int)
  aantal!: number;
}

@ObjectType('Meldingentelling', { description: 'Meldingen in een periode per school, soort, kanaal en status (geen persoonsgegevens).' })
export class MeldingentellingModel {
  @Field()
  gemeente!: string;

  @Field()
  van!: string;

  @Field()
  totEnMet!: string;

  @Field(() => Int)
  totaal!: number;

  @Field(() => [TellingModel])
  perSchool!: TellingModel[];

  @Field(() => [TellingModel])
  perVerzuimsoort!: TellingModel[];

  @Field(() => [TellingModel])
  perKanaal!: TellingModel[];

  @Field(() => [TellingModel])
  perStatus!: TellingModel[];

  @Field({ description: 'Wpg-meldingen zijn niet meegeteld: daarvoor is een Wpg-autorisatie nodig.' })
  zonderWpg!: boolean;
}

@ObjectType('Zaaktoewijzing', { description: 'Wie de zaak behandelt; geen zaakinhoud.' })
export class ZaaktoewijzingModel {
  @Field(() => ID)
  zaakId!: string;

  @Field(() => String, { nullable: true })
  behandelaar!: string | null;

  @Field()
  triage!: string;
}

@ObjectType('Zaakstand', { description: 'De stand van een zaak na een stap.' })
export class ZaakstandModel {
  @Field(() => ID)
  id!: string;

  @Field()
  status!: string;

  @Field()
  triage!: string;

  @Field(() => String, { nullable: true })
  behandelaar!: string | null;

  @Field(() => String, { nullable: true })
  fase!: string | null;

  @Field(() => [String])
  routes!: string[];

  @Field()
  besprokenInZat!: boolean;

  @Field()
  ongeoorloofdVastgesteld!: boolean;

  @Field(() => String, { nullable: true })
  afsluitreden!: string | null;

  @Field(() => String, { nullable: true })
  bewarenTot!: string | null;

  @Field()
  bewaartermijnGrondslag!: string;
}

@ObjectType('ZatBespreking')
export class ZatBesprekingModel {
  @Field(() => ZaakstandModel)
  zaak!: ZaakstandModel;

  @Field()
  terugkoppelingGepland!: boolean;

  @Field()
  reden!: string;
}

@ObjectType('Afsluiting')
export class AfsluitingModel {
  @Field(() => ZaakstandModel)
  zaak!: ZaakstandModel;

  @Field(() => [BerichtModel])
  berichten!: BerichtModel[];

  @Field(() => [String], { description: 'Brieven die de leerlingenadministratie opstelt (met naam, adres en gezag uit de BRP).' })
  brieven!: string[];
}

@ObjectType('Triage')
export class TriageModel {
  @Field(() => ID)
  zaakId!: string;

  @Field()
  gemeente!: string;

  @Field()
  bsn!: string;

  @Field()
  classificatie!: string;

  @Field()
  soort!: string;

  @Field(() => GraphQLISODateTime)
  geopendOp!: Date;

  @Field(() => [ZaakmeldingModel], { description: 'Alleen intakevelden.' })
  meldingen!: ZaakmeldingModel[];
}
