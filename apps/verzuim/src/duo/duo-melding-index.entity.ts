import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * Every DUO meldingsnummer fetched, with its gemeente and person key: a later status change
 * (ingetrokken) arrives with only the number, and must travel on the same partition as the melding.
 */
@Entity({ schema: 'verzuim', name: 'duo_melding_index' })
export class DuoMeldingIndexEntity {
  @PrimaryColumn({ type: 'text' })
  meldingsnummer!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'text', name: 'persoon_sleutel' })
  persoonSleutel!: string;

  @Column({ type: 'bigint' })
  volgnummer!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
