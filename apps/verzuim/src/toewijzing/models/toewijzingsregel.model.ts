import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

@ObjectType('Toewijzingsregel', { description: 'Welke leerplichtambtenaar de meldingen van een school of van de hele gemeente krijgt.' })
export class ToewijzingsregelModel {
  @Field(() => ID)
  id!: string;

  @Field()
  gemeente!: string;

  @Field(() => String, { nullable: true, description: 'Leeg: de hele gemeente.' })
  schoolBrin!: string | null;

  @Field()
  behandelaar!: string;
}

@InputType('ToewijzingsregelInput')
export class ToewijzingsregelInput {
  @Field()
  gemeente!: string;

  @Field({ nullable: true, description: 'BRIN van de school; leeg voor de hele gemeente.' })
  schoolBrin?: string;

  @Field({ description: 'Gebruikersnaam van de leerplichtambtenaar.' })
  behandelaar!: string;
}
