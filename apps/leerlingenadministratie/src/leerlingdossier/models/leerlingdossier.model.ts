import { DossierAantekeningModel, VerhuisoverdrachtModel } from './dossier-aantekening.model';
import { PlichtstatusModel } from './plichtstatus.model';
import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { InschrijvingModel } from '../../inschrijving/models/inschrijving.model';

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
}
