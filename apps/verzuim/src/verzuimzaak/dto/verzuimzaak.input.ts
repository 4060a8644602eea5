import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';

export enum ZaakstapActieInput {
  UITGEVOERD = 'UITGEVOERD',
  OVERGESLAGEN = 'OVERGESLAGEN',
  ANDERS_UITGEVOERD = 'ANDERS_UITGEVOERD',
}
registerEnumType(ZaakstapActieInput, { name: 'ZaakstapActie', description: 'Pas toe of leg uit: overslaan of anders uitvoeren vraagt een schriftelijke uitleg (000 art 2 lid 6).' });

export enum MasRouteInput {
  jeugdhulp = 'jeugdhulp',
  halt = 'halt',
  civiel = 'civiel',
  strafrechtelijk = 'strafrechtelijk',
}
registerEnumType(MasRouteInput, { name: 'MasRoute', description: 'De routes van de MAS (002 §4), in volgorde.' });

export enum MaatregelInput {
  waarschuwing = 'waarschuwing',
  halt = 'halt',
  procesVerbaal = 'proces-verbaal',
  svb = 'svb',
}
registerEnumType(MaatregelInput, { name: 'Maatregel' });

export enum BetrokkenPartijInput {
  ouders = 'ouders',
  jongere = 'jongere',
  oudersEnJongere = 'ouders-en-jongere',
}
registerEnumType(BetrokkenPartijInput, { name: 'BetrokkenPartij' });

export enum ToestemmingGeverInput {
  ouders = 'ouders',
  jongere = 'jongere',
}
registerEnumType(ToestemmingGeverInput, { name: 'ToestemmingGever' });

export enum ToestemmingReikwijdteInput {
  inhoudelijkeTerugkoppeling = 'inhoudelijke-terugkoppeling',
  multidisciplinairOverleg = 'multidisciplinair-overleg',
}
registerEnumType(ToestemmingReikwijdteInput, { name: 'ToestemmingReikwijdte' });

export enum EigenTaakInput {
  huisbezoek = 'huisbezoek',
  contactSchool = 'contact-school',
  uitnodigingJongere = 'uitnodiging-jongere',
  contactOuders = 'contact-ouders',
  contactJongere = 'contact-jongere',
}
registerEnumType(EigenTaakInput, { name: 'EigenTaak', description: 'Een stap die de leerplichtambtenaar zelf plant, bijvoorbeeld een huisbezoek (000 art 6 lid 6).' });

export enum TriageUitkomstInput {
  ZELF_AFHANDELEN = 'ZELF_AFHANDELEN',
  DOORZETTEN = 'DOORZETTEN',
}
registerEnumType(TriageUitkomstInput, { name: 'TriageUitkomst', description: '000 art 3 lid 9: zelf afhandelen of doorzetten naar de leerplichtambtenaar.' });

@InputType('RegistreerZaakstapInput')
export class RegistreerZaakstapInput {
  @Field(() => ID)
  taakId!: string;

  @Field(() => ZaakstapActieInput)
  actie!: ZaakstapActieInput;

  @Field({ nullable: true, description: 'Datum van de stap (JJJJ-MM-DD); standaard vandaag.' })
  datum?: string;

  @Field({ nullable: true, description: 'Verplicht bij overslaan of anders uitvoeren (ten minste 10 tekens).' })
  uitleg?: string;
}

@InputType('VoegZaaktaakToeInput')
export class VoegZaaktaakToeInput {
  @Field(() => ID)
  zaakId!: string;

  @Field(() => EigenTaakInput)
  soort!: EigenTaakInput;

  @Field({ nullable: true })
  uiterlijk?: string;
}

@InputType('RegistreerGesprekInput')
export class RegistreerGesprekInput {
  @Field(() => ID)
  zaakId!: string;

  @Field({ nullable: true })
  datum?: string;

  @Field({ description: 'Is ongeoorloofd verzuim vastgesteld? Dan volgen gespreksverslag (en afschrift) als taken.' })
  ongeoorloofdVastgesteld!: boolean;

  @Field({ description: 'Vroegen ouders of jongere om een afschrift van het verslag (000 art 6 lid 3)?' })
  afschriftGevraagd!: boolean;
}

@InputType('WijzigFaseInput')
export class WijzigFaseInput {
  @Field(() => ID)
  zaakId!: string;

  @Field()
  fase!: string;

  @Field({ nullable: true })
  datum?: string;

  @Field({ nullable: true, description: 'Verplicht bij overslaan of teruggaan.' })
  uitleg?: string;
}

@InputType('KiesRouteInput')
export class KiesRouteInput {
  @Field(() => ID)
  zaakId!: string;

  @Field(() => MasRouteInput)
  route!: MasRouteInput;

  @Field({ nullable: true })
  datum?: string;

  @Field({ nullable: true, description: 'Verplicht bij een route buiten de volgorde (002 §7: direct doorpakken mag, met uitleg).' })
  uitleg?: string;
}

@InputType('ZaakdatumInput')
export class ZaakdatumInput {
  @Field(() => ID)
  zaakId!: string;

  @Field({ nullable: true })
  datum?: string;
}

@InputType('LegToestemmingVastInput')
export class LegToestemmingVastInput {
  @Field(() => ID)
  zaakId!: string;

  @Field(() => ToestemmingGeverInput)
  gever!: ToestemmingGeverInput;

  @Field(() => ToestemmingReikwijdteInput)
  reikwijdte!: ToestemmingReikwijdteInput;

  @Field()
  gegevenOp!: string;
}

@InputType('TrekToestemmingInInput')
export class TrekToestemmingInInput {
  @Field(() => ID)
  toestemmingId!: string;

  @Field()
  ingetrokkenOp!: string;
}

@InputType('VraagMaatregelAanInput')
export class VraagMaatregelAanInput {
  @Field(() => ID)
  zaakId!: string;

  @Field(() => MaatregelInput)
  maatregel!: MaatregelInput;

  @Field(() => BetrokkenPartijInput)
  tegen!: BetrokkenPartijInput;

  @Field(() => BetrokkenPartijInput, { description: 'Wie verwijtbaar handelde of naliet.' })
  verwijtbaar!: BetrokkenPartijInput;

  @Field({ description: 'Is er sprake van zorg?' })
  zorg!: boolean;

  @Field({ description: 'Het onderzoek stelde vast dat geen vrijstelling van toepassing is.' })
  geenVrijstelling!: boolean;

  @Field({ nullable: true })
  datum?: string;
}

@InputType('BetrokkeneInput')
export class BetrokkeneInput {
  @Field({ description: 'Naam of functie, bijvoorbeeld "zorgcoördinator van de school".' })
  ontvanger!: string;

  @Field({ description: 'Inhoudelijke terugkoppeling: alleen met toestemming van de ouders of de jongere vanaf 16 (000 art 6 lid 8).' })
  inhoudelijk!: boolean;
}

@InputType('SluitVerzuimzaakInput')
export class SluitVerzuimzaakInput {
  @Field(() => ID)
  zaakId!: string;

  @Field({ description: 'Reden van afsluiten uit de lijst van DUO, bijvoorbeeld terug-naar-school.' })
  afsluitreden!: string;

  @Field({ description: 'Toelichting uit de lijst van DUO, bijvoorbeeld leerling-gezien-door-gemeente.' })
  toelichting!: string;

  @Field({ nullable: true })
  datum?: string;

  @Field(() => [BetrokkeneInput], { nullable: true })
  betrokkenen?: BetrokkeneInput[];
}

@InputType('BeoordeelMeldingInput')
export class BeoordeelMeldingInput {
  @Field(() => ID)
  zaakId!: string;

  @Field(() => TriageUitkomstInput)
  uitkomst!: TriageUitkomstInput;

  @Field({ nullable: true, description: 'Verplicht bij zelf afhandelen: waarom geen onderzoek door de leerplichtambtenaar.' })
  toelichting?: string;

  @Field({ nullable: true, description: 'Gebruikersnaam van de leerplichtambtenaar; anders volgens de toewijzingsregels.' })
  behandelaar?: string;

  @Field({ nullable: true })
  datum?: string;
}

@InputType('WijsZaakToeInput')
export class WijsZaakToeInput {
  @Field(() => ID)
  zaakId!: string;

  @Field()
  behandelaar!: string;
}

@InputType('KoppelTerugInput')
export class KoppelTerugInput {
  @Field(() => ID)
  meldingId!: string;

  @Field(() => [String], { description: 'De acties die de gemeente naar aanleiding van de melding onderneemt (Lpw art 21a lid 6).' })
  acties!: string[];

  @Field({ nullable: true })
  datum?: string;
}

@InputType('VerzuimtakenInput')
export class VerzuimtakenInput {
  @Field()
  gemeente!: string;

  @Field({ defaultValue: false })
  alleenTeLaat!: boolean;

  @Field({ nullable: true, description: 'Bijvoorbeeld terugkoppeling-melder.' })
  soort?: string;

  @Field({ nullable: true, description: 'Standaard vandaag.' })
  peildatum?: string;
}

@InputType('MeldingentellingInput')
export class MeldingentellingInput {
  @Field()
  gemeente!: string;

  @Field()
  van!: string;

  @Field()
  totEnMet!: string;
}
