import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A DUO delivery that could not be taken in: the reason and the field names, never the values. */
@Entity({ schema: 'verzuim', name: 'duo_onverwerkbaar' })
export class DuoOnverwerkbaarEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'bigint', nullable: true })
  volgnummer!: string | null;

  @Column({ type: 'text', nullable: true })
  meldingsnummer!: string | null;

  @Column({ type: 'text' })
  reden!: string;

  @Column({ type: 'text', array: true })
  velden!: string[];

  @Column({ type: 'timestamptz', name: 'ontvangen_op' })
  ontvangenOp!: Date;
}
