import { Field, InputType } from '@nestjs/graphql';

@InputType('SynchroniseerBrpInput')
export class SynchroniseerBrpInput {
  @Field(() => [String], { description: 'CBS-codes van de gemeenten waarvan de BRP-mutaties nu worden verwerkt.' })
  gemeenten!: string[];
}
