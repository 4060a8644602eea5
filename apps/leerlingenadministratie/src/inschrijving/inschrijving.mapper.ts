import type { InschrijvingEntity } from './inschrijving.entity';
import type { InschrijvingModel } from './models/inschrijving.model';

/** Entity → GraphQL model: the table can change without the supergraph changing. */
export function naarModel(inschrijving: InschrijvingEntity): InschrijvingModel {
  return {
    id: inschrijving.id,
    brin: inschrijving.brin,
    onderwijssoort: inschrijving.onderwijssoort,
    ingeschrevenOp: inschrijving.ingeschrevenOp,
    uitgeschrevenOp: inschrijving.uitgeschrevenOp,
    bron: inschrijving.bron,
  };
}
