import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';

export enum KennisgevingGrondInput {
  onderA = '5 onder a',
  onderB = '5 onder b',
  onderC = '5 onder c',
  trekkendBestaan = '5a',
}
registerEnumType(KennisgevingGrondInput, {
  name: 'KennisgevingGrond',
  description: 'De vrijstellingsgrond: Lpw art 5 onder a (ongeschikt, verklaring deskundige art 7), onder b (bedenkingen tegen de richting, art 8), onder c (school in het buitenland, art 9), art 5a (trekkend bestaan).',
  valuesMap: {
    onderA: { description: 'Lpw art 5 onder a' },
    onderB: { description: 'Lpw art 5 onder b' },
    onderC: { description: 'Lpw art 5 onder c' },
    trekkendBestaan: { description: 'Lpw art 5a' },
  },
});

export enum KennisgevingUitkomstInput {
  voldaan = 'voldaan',
  nietVoldaan = 'niet-voldaan',
}
registerEnumType(KennisgevingUitkomstInput, { name: 'KennisgevingUitkomst', description: 'Voldoet de kennisgeving aan de eisen van de wet (000 art 12 lid 8; 003 art 11 lid 5)?' });

export enum ToestemmingGeverInput {
  ouders = 'ouders',
  jongere = 'jongere',
}
registerEnumType(ToestemmingGeverInput, { name: 'KennisgevingToestemmingGever', description: 'Toestemming van de ouders, en vanaf 16 jaar ook van de jongere (000 art 14; 003 art 13 lid 2).' });

export enum VerlengingEenheidInput {
  werkdagen = 'werkdagen',
  weken = 'weken',
}
registerEnumType(VerlengingEenheidInput, { name: 'KennisgevingTermijnEenheid' });

@InputType('KennisgevingOuderInput')
export class KennisgevingOuderInput {
  @Field({ description: 'Naam van de ouder of verzorger.' })
  naam!: string;

  @Field({ description: 'Adres waar de brieven heen gaan (één regel).' })
  adres!: string;
}

@InputType('RegistreerKennisgevingVrijstellingInput')
export class RegistreerKennisgevingVrijstellingInput {
  @Field({ description: 'CBS-code van de woongemeente.' })
  gemeente!: string;

  @Field()
  bsn!: string;

  @Field()
  jongereNaam!: string;

  @Field({ description: 'JJJJ-MM-DD.' })
  geboortedatum!: string;

  @Field(() => [KennisgevingOuderInput], { description: 'De ouder(s) die de kennisgeving deden; de brieven gaan naar hen.' })
  ouders!: KennisgevingOuderInput[];

  @Field({ description: 'Postcode van het woonadres van de jongere (1234AB), voor het register van DUO (Lpw art 6 lid 4).' })
  postcode!: string;

  @Field(() => KennisgevingGrondInput)
  grond!: KennisgevingGrondInput;

  @Field({ description: 'Dag van ontvangst (JJJJ-MM-DD); niet na vandaag.' })
  ontvangenOp!: string;

  @Field({ description: "Het schooljaar waarvoor de vrijstelling geldt, bijvoorbeeld '2027-2028' (het lopende of het volgende)." })
  schooljaar!: string;

  @Field({ description: 'Stond de jongere eerder op een school of instelling ingeschreven (000 art 12 lid 7; 003 art 11 lid 3 c)?' })
  eerderIngeschreven!: boolean;

  @Field({ description: 'Deden de ouders eerder een beroep op deze grond (ook in een andere gemeente)?' })
  eerderBeroep!: boolean;

  @Field(() => String, { nullable: true, description: 'Grond c: naam van de school buiten Nederland.' })
  buitenlandseSchool?: string | null;

  @Field(() => String, { nullable: true, description: 'Grond c: het land van die school.' })
  buitenlandseSchoolLand?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Grond c: reist de jongere dagelijks heen en weer tussen school en huis (003 toelichting art 11)?' })
  dagelijksPendelen?: boolean | null;
}

@InputType('VraagDeskundigenonderzoekAanInput')
export class VraagDeskundigenonderzoekAanInput {
  @Field(() => ID)
  kennisgevingId!: string;

  @Field(() => ID, { description: 'De door het college aangewezen deskundige (Lpw art 7; 000 art 14; 003 art 13 lid 1).' })
  deskundigeId!: string;
}

@InputType('KennisgevingIdInput')
export class KennisgevingIdInput {
  @Field(() => ID)
  kennisgevingId!: string;
}

@InputType('LegKennisgevingToestemmingVastInput')
export class LegKennisgevingToestemmingVastInput {
  @Field(() => ID)
  kennisgevingId!: string;

  @Field(() => ToestemmingGeverInput)
  gever!: ToestemmingGeverInput;

  @Field({ description: 'Dag van de schriftelijke toestemming (JJJJ-MM-DD).' })
  gegevenOp!: string;
}

@InputType('KennisgevingDatumInput')
export class KennisgevingDatumInput {
  @Field(() => ID)
  kennisgevingId!: string;

  @Field({ description: 'JJJJ-MM-DD; niet na vandaag.' })
  datum!: string;
}

@InputType('LegDeskundigeverklaringVastInput')
export class LegDeskundigeverklaringVastInput {
  @Field(() => ID)
  kennisgevingId!: string;

  @Field({ description: 'Datum van de verklaring (JJJJ-MM-DD); niet ouder dan 3 maanden bij het besluit (Lpw art 7).' })
  datum!: string;

  @Field({ description: 'Dag waarop de verklaring binnenkwam (JJJJ-MM-DD): de termijn voor het bericht loopt vanaf de dag erna.' })
  ontvangenOp!: string;

  @Field({ description: 'Is de deskundige de behandelend arts van de jongere? Dan telt de verklaring niet (Lpw art 7 lid 1).' })
  behandelendArts!: boolean;

  @Field({ description: 'De verklaring zegt dat de jongere nooit geschikt zal zijn: geen jaarlijkse kennisgeving (Lpw art 6 lid 2).' })
  nooitGeschikt!: boolean;

  @Field({ description: 'De strekking in enkele woorden, zonder diagnose (AVG art 9).' })
  strekking!: string;
}

@InputType('NodigUitVoorToelichtingInput')
export class NodigUitVoorToelichtingInput {
  @Field(() => ID)
  kennisgevingId!: string;

  @Field({ description: 'Dag van het gesprek (JJJJ-MM-DD), vandaag of later.' })
  gespreksdatum!: string;

  @Field({ description: 'Plaats en tijd van het gesprek.' })
  gesprekslocatie!: string;
}

@InputType('LegToelichtingKennisgevingVastInput')
export class LegToelichtingKennisgevingVastInput {
  @Field(() => ID)
  kennisgevingId!: string;

  @Field({ description: 'Dag van de mondelinge toelichting (JJJJ-MM-DD).' })
  datum!: string;

  @Field({ description: 'Wat de ouders toelichtten, schriftelijk vastgelegd.' })
  inhoud!: string;

  @Field({ description: 'Betreffen de bedenkingen de richting van het onderwijs op alle scholen binnen redelijke afstand van de woning (003 art 11 lid 3 b)?' })
  bezwaarRichtingAlleScholen!: boolean;

  @Field({ description: 'Stond de jongere eerder op een school ingeschreven, zoals nagegaan (000 art 12 lid 7; 003 art 11 lid 3 c)?' })
  eerderIngeschreven!: boolean;
}

@InputType('VerlengKennisgevingtermijnInput')
export class VerlengKennisgevingtermijnInput {
  @Field(() => ID)
  kennisgevingId!: string;

  @Field(() => Int, { description: 'De nieuwe termijn, gerekend vanaf de ontvangst van de kennisgeving.' })
  aantal!: number;

  @Field(() => VerlengingEenheidInput)
  eenheid!: VerlengingEenheidInput;

  @Field({ description: 'De gegronde reden voor de langere termijn (000 art 12 lid 6).' })
  reden!: string;
}

@InputType('LegUitgebreidOnderzoekVastInput')
export class LegUitgebreidOnderzoekVastInput {
  @Field(() => ID)
  kennisgevingId!: string;

  @Field({ description: 'Dag waarop het uitgebreide onderzoek is afgerond (JJJJ-MM-DD).' })
  datum!: string;

  @Field({ description: 'Bevindingen van het onderzoek volgens het toetsingskader (004 Hfst 2.1).' })
  verslag!: string;
}

@InputType('VraagBewijsOnderwijsBuitenlandInput')
export class VraagBewijsOnderwijsBuitenlandInput {
  @Field(() => ID)
  kennisgevingId!: string;

  @Field({ description: 'Uiterlijk op deze dag tonen de ouders aan dat de jongere in het buitenland onderwijs volgt (JJJJ-MM-DD).' })
  bewijsUiterlijk!: string;

  @Field({ description: 'Op welke wijze, bijvoorbeeld een verklaring van de directeur van de school (000 art 12 lid 11; 003 art 11 lid 4 a).' })
  bewijsWijze!: string;
}

@InputType('LegVerklaringSchoolleiderBuitenlandVastInput')
export class LegVerklaringSchoolleiderBuitenlandVastInput {
  @Field(() => ID)
  kennisgevingId!: string;

  @Field({ description: 'Wie de verklaring afgaf (de directeur van de school buiten Nederland).' })
  uitgever!: string;

  @Field({ description: 'Datum van de verklaring (JJJJ-MM-DD).' })
  datum!: string;

  @Field(() => String, { nullable: true })
  strekking?: string | null;
}

@InputType('BeoordeelKennisgevingInput')
export class BeoordeelKennisgevingInput {
  @Field(() => ID)
  kennisgevingId!: string;

  @Field(() => KennisgevingUitkomstInput)
  uitkomst!: KennisgevingUitkomstInput;

  @Field({ description: 'De motivering (Awb art 3:46); bij niet voldaan ook de gevolgen (000 art 12 lid 8).' })
  motivering!: string;
}
