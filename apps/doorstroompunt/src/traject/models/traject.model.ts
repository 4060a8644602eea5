import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Traject', { description: 'Een traject van het Doorstroompunt (vsv 18–23, JIKP of overdracht op 18).' })
export class TrajectModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'CBS-code van de verantwoordelijke gemeente.' })
  gemeente!: string;

  @Field({ description: 'vsv-18-23, jikp of overdracht-18.' })
  soort!: string;

  @Field({ description: 'Startdatum (JJJJ-MM-DD).' })
  startDatum!: string;

  @Field(() => String, { nullable: true, description: 'Einddatum (JJJJ-MM-DD), indien afgesloten.' })
  eindDatum!: string | null;

  @Field({ description: 'aangemeld, lopend of afgesloten.' })
  status!: string;

  @Field({ description: 'AVG of AVG-bijzonder.' })
  classificatie!: string;

  @Field({ description: 'Versie van de instructie waaronder het traject loopt.' })
  instructieVersie!: string;
}
