import { Directive, Field, ObjectType } from '@nestjs/graphql';
import { PlichtstatusModel } from './plichtstatus.model';

/**
 * The youth as an entity of the supergraph: other subgraphs refer to it by the pseudonymous
 * person key they get in events, and the gateway asks this service for the plicht status.
 */
@ObjectType('Jongere', { description: 'Een jongere, over subgraphs heen aangeduid met de pseudonieme persoonssleutel.' })
@Directive('@key(fields: "persoonSleutel")')
export class JongereModel {
  @Field({ description: 'Pseudonieme sleutel (HMAC van het BSN); geen persoonsgegeven op zichzelf.' })
  persoonSleutel!: string;

  @Field(() => String, { nullable: true })
  gemeente!: string | null;

  @Field(() => PlichtstatusModel, { nullable: true, description: 'Null als de geboortedatum onbekend is.' })
  plichtstatus!: PlichtstatusModel | null;
}
