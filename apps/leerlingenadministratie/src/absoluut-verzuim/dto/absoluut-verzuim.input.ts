import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';

@InputType('VoerInschrijvingscontroleUitInput')
export class VoerInschrijvingscontroleUitInput {
  @Field()
  gemeente!: string;

  @Field({ description: 'Peildatum (JJJJ-MM-DD): wie op deze dag leerplichtig of kwalificatieplichtig is en nergens staat ingeschreven.' })
  peildatum!: string;
}

export enum AbsoluutVerzuimStap {
  ADMINISTRATIEF_OPGELOST = 'administratief-opgelost',
  ADMINISTRATIEVE_CONTROLE_AFGEROND = 'administratieve-controle-afgerond',
  BRIEF_VERZONDEN = 'brief-verzonden',
  ANTWOORD_ONTVANGEN = 'antwoord-ontvangen',
  INSCHRIJVING_GEVERIFIEERD = 'inschrijving-geverifieerd',
  INSCHRIJVING_NIET_BEVESTIGD = 'inschrijving-niet-bevestigd',
  AFSLUITEN = 'afsluiten',
}
registerEnumType(AbsoluutVerzuimStap, {
  name: 'AbsoluutVerzuimStap',
  description: 'Een stap in de controle op absoluut verzuim; de volgorde van administratie.md §5.2 wordt afgedwongen.',
});

@InputType('RegistreerAbsoluutVerzuimStapInput')
export class RegistreerAbsoluutVerzuimStapInput {
  @Field(() => ID)
  procedureId!: string;

  @Field(() => AbsoluutVerzuimStap)
  stap!: AbsoluutVerzuimStap;

  @Field({ description: 'Datum van de stap (JJJJ-MM-DD); bij een brief de verzenddatum.' })
  datum!: string;

  @Field(() => Boolean, { nullable: true, description: 'Bij antwoord-ontvangen: de ouders geven een inschrijving op.' })
  ingeschreven?: boolean | null;
}
