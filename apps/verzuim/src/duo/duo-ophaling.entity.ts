import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The DUO feed cursor per gemeente; it commits with the fetched entries' outbox events. */
@Entity({ schema: 'verzuim', name: 'duo_ophaling' })
export class DuoOphalingEntity {
  @PrimaryColumn({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'bigint', name: 'volgende_vanaf' })
  volgendeVanaf!: string;

  @Column({ type: 'timestamptz', name: 'laatst_opgehaald_op', nullable: true })
  laatstOpgehaaldOp!: Date | null;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
