import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Where the BRP mutation feed of a gemeente stands, and when it last succeeded (the weekly term, 000 art 3 lid 3). */
@Entity({ schema: 'leerlingenadministratie', name: 'brp_synchronisatie' })
export class BrpSynchronisatieEntity {
  @PrimaryColumn({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'bigint', name: 'volgende_vanaf' })
  volgendeVanaf!: string;

  @Column({ type: 'timestamptz', name: 'laatst_gelukt_op', nullable: true })
  laatstGeluktOp!: Date | null;

  /** Error code of the last failed run (never personal data). */
  @Column({ type: 'text', name: 'laatste_fout', nullable: true })
  laatsteFout!: string | null;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
