import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { DOSSIER_GRONDEN } from '@leerrecht/shared/util-instructie';

/** GraphQL enum values cannot contain '-': OVERGANG_WERK_DAGBESTEDING_VERVOLGONDERWIJS ↔ the ground. */
export const DossierGrondInput = Object.fromEntries(DOSSIER_GRONDEN.map((grond) => [grond.toUpperCase().replace(/-/g, '_'), grond])) as Record<string, string>;
registerEnumType(DossierGrondInput, {
  name: 'DossierGrond',
  description: 'Grond om een leerlingdossier te openen (000 art 4 lid 1; 003 art 4 lid 1); welke gronden gelden bepaalt de instructie van de gemeente.',
});

@InputType('OpenLeerlingdossierInput')
export class OpenLeerlingdossierInput {
  @Field({ description: 'Burgerservicenummer van de jongere (elfproef).' })
  bsn!: string;

  @Field({ description: 'CBS-code van de verantwoordelijke gemeente.' })
  gemeente!: string;

  @Field(() => DossierGrondInput, { description: 'De grond; zonder grond geen dossier.' })
  reden!: string;
}
