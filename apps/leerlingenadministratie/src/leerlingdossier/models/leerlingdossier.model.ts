import { DossierAantekeningModel, VerhuisoverdrachtModel } from './dossier-aantekening.model';
import { PlichtstatusModel } from './plichtstatus.model';
import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { InschrijvingModel } from '../../inschrijving/models/inschrijving.model';

@ObjectType('DossierMeldingStatus', { description: 'Een stap in het verloop van een verzuimmelding, zoals verzuim die meldde (verzuim.md §5).' })
export class DossierMeldingStatusModel {
  @Field({ description: 'geregistreerd, in-behandeling, afgesloten, ingetrokken of ter-kennisgeving-aangenomen.' })
  status!: string;

  @Field(() => String, { nullable: true, description: 'Reden van afsluiten (code van DUO), alleen bij afsluiten.' })
  afsluitreden!: string | null;

  @Field(() => String, { nullable: true, description: 'Toelichting (code van DUO).' })
  toelichting!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'Wanneer de status veranderde.' })
  op!: Date;
}

@ObjectType('DossierBrief', { description: 'Een verzonden brief over de jongere, bewaard in het dossier (000 art 4 lid 2 m: afschriften van correspondentie).' })
export class DossierBriefModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'absoluut-verzuim-eerste, absoluut-verzuim-tweede, uitschrijving-zonder-bestemming, verzuim-afsluiting-ouders of verzuim-afsluiting-jongere.' })
  soort!: string;

  @Field(() => [String], { description: 'Namen van de geadresseerden (gezagdragers volgens de BRP, of de jongere).' })
  aan!: string[];

  @Field({ description: 'Verzenddatum (JJJJ-MM-DD).' })
  verzondenOp!: string;

  @Field()
  kenmerk!: string;

  @Field()
  tekst!: string;

  @Field(() => ID, { nullable: true, description: 'De verzuimmelding waar de brief over gaat, als die er is.' })
  meldingId!: string | null;

  @Field({ description: 'AVG, AVG-bijzonder of Wpg.' })
  classificatie!: string;
}

@ObjectType('DossierMelding', { description: 'Een verzuimmelding zoals die in het leerlingdossier staat, met haar bron.' })
export class DossierMeldingModel {
  @Field(() => ID)
  meldingId!: string;

  @Field()
  schoolBrin!: string;

  @Field()
  verzuimsoort!: string;

  @Field()
  beginDatum!: string;

  @Field()
  status!: string;

  @Field({ description: 'AVG, AVG-bijzonder of Wpg.' })
  classificatie!: string;

  @Field({ description: 'Dienst waaruit het gegeven komt.' })
  bron!: string;

  @Field(() => GraphQLISODateTime)
  gemeldOp!: Date;

  @Field(() => [DossierMeldingStatusModel], { description: 'Het verloop van de melding, oudste eerst (verzuim.md §5).' })
  historie!: DossierMeldingStatusModel[];
}

@ObjectType('Leerlingdossier')
export class LeerlingdossierModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'CBS-code van de verantwoordelijke gemeente.' })
  gemeente!: string;

  @Field()
  bsn!: string;

  @Field({ description: 'Grond waarop het dossier is geopend (instructie art 4 lid 1).' })
  reden!: string;

  @Field({ description: 'Versie van de instructie waaronder het dossier is geopend.' })
  instructieVersie!: string;

  @Field(() => GraphQLISODateTime)
  geopendOp!: Date;

  @Field(() => [DossierMeldingModel])
  meldingen!: DossierMeldingModel[];

  @Field(() => [InschrijvingModel], { description: 'In- en uitschrijvingen, oudste eerst (Lpw art 18).' })
  inschrijvingen!: InschrijvingModel[];

  @Field(() => PlichtstatusModel, { nullable: true, description: 'Leerplichtstatus vandaag; null als de geboortedatum onbekend is.' })
  plichtstatus!: PlichtstatusModel | null;

  @Field(() => String, { nullable: true, description: 'Datum waarop ongeoorloofd schoolverzuim is vastgesteld; pas dan mogen de bewaakte velden worden gevuld.' })
  ongeoorloofdVerzuimVastgesteldOp!: string | null;

  @Field(() => [DossierAantekeningModel], { description: 'Vastleggingen, oudste eerst, elk met herkomst.' })
  aantekeningen!: DossierAantekeningModel[];

  @Field(() => [VerhuisoverdrachtModel], { description: 'Overdrachten na een verhuizing naar deze gemeente.' })
  overdrachten!: VerhuisoverdrachtModel[];

  @Field({ description: 'Aantal meldingen dat u niet ziet omdat ze Wpg-gegevens zijn en u geen Wpg-autorisatie hebt.' })
  verborgenWpgMeldingen!: number;

  @Field(() => [DossierBriefModel], { description: 'Verzonden brieven over de jongere, oudste eerst; Wpg-brieven alleen met Wpg-autorisatie.' })
  brieven!: DossierBriefModel[];

  @Field({ description: 'Aantal brieven dat u niet ziet omdat ze Wpg-gegevens zijn en u geen Wpg-autorisatie hebt.' })
  verborgenWpgBrieven!: number;
}
