import { Field, InputType, registerEnumType } from '@nestjs/graphql';

export enum OnderwijssoortInput {
  PO = 'PO',
  SO = 'SO',
  VSO = 'VSO',
  VO = 'VO',
  PRO = 'PRO',
  MBO = 'MBO',
  VAVO = 'VAVO',
  HO = 'HO',
  OVERIG = 'OVERIG',
}
registerEnumType(OnderwijssoortInput, { name: 'Onderwijssoort', description: 'Soort onderwijs (DUO ROD).' });

/** An in- or uitschrijving as a school reports it (Lpw art 18). */
@InputType('InschrijvingsberichtInput')
export class InschrijvingsberichtInput {
  @Field({ description: 'Uniek id van dit bericht bij de melder; een herhaald bericht verandert niets.' })
  berichtId!: string;

  @Field({ description: 'Burgerservicenummer van de leerling (elfproef).' })
  bsn!: string;

  @Field({ description: 'CBS-code van de woongemeente van de leerling.' })
  gemeente!: string;

  @Field({ description: 'BRIN van de school.' })
  brin!: string;

  @Field(() => OnderwijssoortInput)
  onderwijssoort!: OnderwijssoortInput;

  @Field({ description: 'Datum van in- of uitschrijving (JJJJ-MM-DD).' })
  datum!: string;

  @Field({ nullable: true, description: 'Geboortedatum van de leerling (JJJJ-MM-DD), zoals de school die kent; gebruikt zolang de BRP-gegevens ontbreken.' })
  geboortedatum?: string;
}
