import { Field, InputType, registerEnumType } from '@nestjs/graphql';

export enum ImportsoortInput {
  PERSONEN = 'personen',
  INSCHRIJVINGEN = 'inschrijvingen',
  DOSSIERS = 'dossiers',
}
registerEnumType(ImportsoortInput, { name: 'Importsoort', description: 'Soort CSV-bestand uit het vorige systeem (docs/import.md).' });

@InputType('ImporteerInput')
export class ImporteerInput {
  @Field(() => ImportsoortInput)
  soort!: ImportsoortInput;

  @Field({ description: 'De inhoud van het CSV-bestand (UTF-8; scheidingsteken ; of ,).' })
  inhoud!: string;
}
