import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ImportFout', { description: 'Een geweigerde regel: regelnummer in het bestand, veld en reden (zonder de waarde).' })
export class ImportFoutModel {
  @Field(() => Int)
  regel!: number;

  @Field(() => String, { nullable: true })
  veld!: string | null;

  @Field()
  code!: string;

  @Field()
  reden!: string;
}

@ObjectType('ImportResultaat', { description: 'Uitkomst van een import: goede regels opgeslagen, foute regels gemeld; een regel wordt helemaal of niet opgeslagen.' })
export class ImportResultaatModel {
  @Field(() => Int)
  opgeslagen!: number;

  @Field(() => Int, { description: 'Regels die al aanwezig waren (een herhaalde import verandert niets).' })
  alAanwezig!: number;

  @Field(() => [ImportFoutModel])
  fouten!: ImportFoutModel[];
}
