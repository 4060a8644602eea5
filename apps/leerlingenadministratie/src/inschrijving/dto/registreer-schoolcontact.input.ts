import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('RegistreerSchoolcontactInput')
export class RegistreerSchoolcontactInput {
  @Field(() => ID)
  opvolgingId!: string;

  @Field({ description: 'Datum van het contact (JJJJ-MM-DD).' })
  datum!: string;

  @Field({ description: 'De school kon ophelderen waar de jongere naartoe is.' })
  opgehelderd!: boolean;
}
