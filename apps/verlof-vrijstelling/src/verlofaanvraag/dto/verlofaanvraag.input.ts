import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';

export enum VerlofsoortInput {
  gewichtigeOmstandigheden = 'gewichtige-omstandigheden',
  vakantieverlof = 'vakantieverlof',
}
registerEnumType(VerlofsoortInput, {
  name: 'Verlofsoort',
  description: 'Lpw art 11 onder g en 14 (gewichtige omstandigheden) of art 11 onder f en 13a (vakantieverlof: beslist de schoolleider).',
});

/**
 * The circumstance the parents give, after the guideline table for leave (003 toelichting art 5,
 * Beleidsregel 'andere gewichtige omstandigheden'); 'overig' for anything else, explained in the toelichting.
 */
export enum OmstandigheidInput {
  verhuizing = 'verhuizing',
  wettelijkeVerplichting = 'wettelijke-verplichting',
  huwelijkBloedverwant = 'huwelijk-bloedverwant',
  ernstigeZiekteBloedverwant = 'ernstige-ziekte-bloedverwant',
  overlijdenBloedverwant = 'overlijden-bloedverwant',
  jubileum = 'jubileum',
  medischeOfSocialeIndicatie = 'medische-of-sociale-indicatie',
  overig = 'overig',
}
registerEnumType(OmstandigheidInput, { name: 'Verlofomstandigheid', description: 'De omstandigheid uit de richtlijn (003 toelichting art 5) of overig.' });

export enum IndicatieInput {
  medisch = 'medisch',
  sociaal = 'sociaal',
}
registerEnumType(IndicatieInput, { name: 'Verlofindicatie', description: 'Een medische of sociale indicatie vraagt een verklaring (000 art 5 fn 1; 003 toelichting art 5).' });

export enum PartijInput {
  directeur = 'directeur',
  ouder = 'ouder',
  jongere = 'jongere',
  derdeBelanghebbende = 'derde-belanghebbende',
}
registerEnumType(PartijInput, { name: 'ZienswijzePartij' });

export enum VormInput {
  schriftelijk = 'schriftelijk',
  mondeling = 'mondeling',
}
registerEnumType(VormInput, { name: 'ZienswijzeVorm' });

export enum VerklaringSoortInput {
  ggdArts = 'ggd-arts',
  specialistischeJeugdhulpaanbieder = 'specialistische-jeugdhulpaanbieder',
  socialeInstantie = 'sociale-instantie',
  deskundigeArt7 = 'deskundige-art-7',
  belastbaarheid = 'belastbaarheid',
  schoolleiderBuitenland = 'schoolleider-buitenland',
}
registerEnumType(VerklaringSoortInput, { name: 'VerklaringSoort' });

export enum VerlofUitkomstInput {
  toegewezen = 'toegewezen',
  gedeeltelijkToegewezen = 'gedeeltelijk-toegewezen',
  afgewezen = 'afgewezen',
}
registerEnumType(VerlofUitkomstInput, { name: 'VerlofUitkomst' });

export enum TermijnEenheidInput {
  werkdagen = 'werkdagen',
  kalenderdagen = 'kalenderdagen',
  weken = 'weken',
}
registerEnumType(TermijnEenheidInput, { name: 'HersteltermijnEenheid' });

@InputType('AanvragerInput')
export class AanvragerInput {
  @Field({ description: 'Naam van de ouder of verzorger die de aanvraag ondertekende.' })
  naam!: string;

  @Field({ description: 'Adres waar de brieven heen gaan (één regel).' })
  adres!: string;
}

@InputType('DienVerlofaanvraagInInput')
export class DienVerlofaanvraagInInput {
  @Field({ description: 'CBS-code van de woongemeente van de jongere.' })
  gemeente!: string;

  @Field()
  bsn!: string;

  @Field()
  jongereNaam!: string;

  @Field({ description: 'JJJJ-MM-DD.' })
  geboortedatum!: string;

  @Field({ description: 'BRIN van de school waar de jongere staat ingeschreven.' })
  schoolBrin!: string;

  @Field()
  schoolNaam!: string;

  @Field({ nullable: true, description: 'Naam van de directeur, voor de afschriften (000 art 5 lid 1 c, lid 8).' })
  directeurNaam?: string;

  @Field(() => [AanvragerInput])
  aanvragers!: AanvragerInput[];

  @Field(() => VerlofsoortInput)
  soort!: VerlofsoortInput;

  @Field({ description: 'Eerste verlofdag (JJJJ-MM-DD).' })
  eersteVerlofdag!: string;

  @Field({ description: 'Laatste verlofdag (JJJJ-MM-DD).' })
  laatsteVerlofdag!: string;

  @Field(() => OmstandigheidInput)
  omstandigheid!: OmstandigheidInput;

  @Field({ nullable: true })
  toelichting?: string;

  @Field(() => IndicatieInput, { nullable: true })
  indicatie?: IndicatieInput;

  @Field(() => String, { nullable: true, description: 'Datum van ondertekening door de ouders (Awb art 4:1–4:2); zonder handtekening geen aanvraag.' })
  ondertekendOp?: string | null;

  @Field(() => String, { nullable: true, description: 'Datum van ontvangst (JJJJ-MM-DD) als die vóór vandaag ligt, bijvoorbeeld een brief; standaard vandaag.' })
  ontvangenOp?: string | null;
}

@InputType('VraagAanvullingAanInput')
export class VraagAanvullingAanInput {
  @Field(() => ID)
  aanvraagId!: string;

  @Field({ description: 'Wat ontbreekt, in woorden voor de ouders.' })
  ontbrekend!: string;

  @Field(() => Int)
  termijnAantal!: number;

  @Field(() => TermijnEenheidInput)
  termijnEenheid!: TermijnEenheidInput;
}

@InputType('AanvraagDatumInput')
export class AanvraagDatumInput {
  @Field(() => ID)
  aanvraagId!: string;

  @Field({ description: 'JJJJ-MM-DD.' })
  datum!: string;
}

@InputType('LegZienswijzeVastInput')
export class LegZienswijzeVastInput {
  @Field(() => ID)
  aanvraagId!: string;

  @Field(() => PartijInput)
  partij!: PartijInput;

  @Field(() => VormInput)
  vorm!: VormInput;

  @Field({ description: 'JJJJ-MM-DD.' })
  datum!: string;

  @Field({ nullable: true })
  plaats?: string;

  @Field({ description: 'De zienswijze, schriftelijk vastgelegd (Awb art 4:7; 000 art 5 lid 3).' })
  inhoud!: string;
}

@InputType('LegVerklaringVastInput')
export class LegVerklaringVastInput {
  @Field(() => ID)
  aanvraagId!: string;

  @Field(() => VerklaringSoortInput)
  soort!: VerklaringSoortInput;

  @Field({ description: 'Wie de verklaring afgaf (instelling of functie); geen diagnose.' })
  uitgever!: string;

  @Field({ description: 'JJJJ-MM-DD.' })
  datum!: string;

  @Field({ nullable: true, description: 'De strekking in enkele woorden, zonder medische details.' })
  strekking?: string;
}

@InputType('NeemVerlofbesluitInput')
export class NeemVerlofbesluitInput {
  @Field(() => ID)
  aanvraagId!: string;

  @Field(() => VerlofUitkomstInput)
  uitkomst!: VerlofUitkomstInput;

  @Field(() => String, { nullable: true, description: 'Bij gedeeltelijke toewijzing: eerste verleende dag.' })
  verleendVan?: string | null;

  @Field(() => String, { nullable: true, description: 'Bij gedeeltelijke toewijzing: laatste verleende dag.' })
  verleendTotEnMet?: string | null;

  @Field({ description: 'De motivering (Awb art 3:46): welke omstandigheden buiten de wil van ouders of leerling, en waarom.' })
  motivering!: string;
}

@InputType('StelBuitenBehandelingInput')
export class StelBuitenBehandelingInput {
  @Field(() => ID)
  aanvraagId!: string;

  @Field()
  motivering!: string;
}

/**
 * The head's decision on a request forwarded to him (Lpw art 13a, 14 lid 1), recorded by the school
 * or on his behalf by the gemeente (000 art 5 lid 9; 003 art 5 lid 6).
 */
@InputType('BeslissingSchoolleiderInput')
export class BeslissingSchoolleiderInput {
  @Field(() => ID)
  aanvraagId!: string;

  @Field(() => VerlofUitkomstInput)
  uitkomst!: VerlofUitkomstInput;

  @Field(() => String, { nullable: true, description: 'Bij gedeeltelijke toewijzing: eerste verleende dag (JJJJ-MM-DD), binnen de gevraagde periode.' })
  verleendVan?: string | null;

  @Field(() => String, { nullable: true, description: 'Bij gedeeltelijke toewijzing: laatste verleende dag (JJJJ-MM-DD), binnen de gevraagde periode.' })
  verleendTotEnMet?: string | null;

  @Field({ description: 'De dag waarop de schoolleider besliste (JJJJ-MM-DD): niet na vandaag en niet vóór de ontvangst van de aanvraag.' })
  beslotenOp!: string;
}
