import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One BRP mutation as processed for one gemeente (administratie.md §7 `BrpMutatie`). The row makes
 * processing idempotent (a replay finds it) and keeps the overdue flag: processed later than the
 * configured term after the BRP registered it (000 art 3 lid 3: at least weekly).
 */
@Entity({ schema: 'leerlingenadministratie', name: 'brp_mutatie' })
export class BrpMutatieEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'text', name: 'mutatie_id' })
  mutatieId!: string;

  @Column({ type: 'bigint', nullable: true })
  volgnummer!: string | null;

  @Column({ type: 'text', name: 'persoon_sleutel' })
  persoonSleutel!: string;

  @Column({ type: 'text' })
  soort!: string;

  @Column({ type: 'text', name: 'vorige_gemeente', nullable: true })
  vorigeGemeente!: string | null;

  @Column({ type: 'date', name: 'datum_gebeurtenis' })
  datumGebeurtenis!: string;

  @Column({ type: 'timestamptz', name: 'geregistreerd_op' })
  geregistreerdOp!: Date;

  @Column({ type: 'timestamptz', name: 'verwerkt_op' })
  verwerktOp!: Date;

  @Column({ type: 'text' })
  uitkomst!: 'verwerkt' | 'buiten-populatie' | 'geweigerd';

  /** Why a mutation was refused; names fields, never values. */
  @Column({ type: 'text', nullable: true })
  reden!: string | null;

  @Column({ type: 'boolean', name: 'te_laat' })
  teLaat!: boolean;

  @Column({ type: 'text', name: 'inhoud_hash' })
  inhoudHash!: string;
}
