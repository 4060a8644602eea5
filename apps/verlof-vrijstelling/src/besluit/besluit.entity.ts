import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ZaakSoort } from './zaak';

export type BesluitSoort =
  | 'verlof'
  | 'verlof-buiten-behandeling'
  | 'vrijstelling-art5'
  | 'vrijstelling-art15'
  | 'vrijstelling-schoolbezoek'
  | 'vervangende-leerplicht'
  | 'aanwijzing-deskundige'
  | 'besluit-op-bezwaar';

export type BesluitUitkomst =
  | 'toegewezen'
  | 'gedeeltelijk-toegewezen'
  | 'afgewezen'
  | 'buiten-behandeling'
  | 'voldaan'
  | 'niet-voldaan'
  | 'gegrond'
  | 'deels-gegrond'
  | 'ongegrond'
  | 'niet-ontvankelijk';

/**
 * A decision (besluit, Awb art 1:3) of the leerplichtambtenaar, on behalf of the college (mandate,
 * 000 art 10 lid 1) or as the body the power is attributed to (003 art 5 lid 8). Every decision is
 * reasoned (Awb art 3:46), names its legal ground, and — when bezwaar is open — the last day to object
 * (art 6:7). Tenant-owned.
 */
@Entity({ schema: 'verlof_vrijstelling', name: 'besluit' })
export class BesluitEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'text', name: 'persoon_sleutel', nullable: true })
  persoonSleutel!: string | null;

  @Column({ type: 'text', nullable: true })
  bsn!: string | null;

  @Column({ type: 'text', name: 'zaak_soort' })
  zaakSoort!: ZaakSoort;

  @Column({ type: 'uuid', name: 'zaak_id' })
  zaakId!: string;

  @Column({ type: 'text' })
  soort!: BesluitSoort;

  @Column({ type: 'text' })
  uitkomst!: BesluitUitkomst;

  /** The legal ground, e.g. "Lpw art 11 onder g en art 14 lid 3". */
  @Column({ type: 'text' })
  grondslag!: string;

  @Column({ type: 'text' })
  motivering!: string;

  @Column({ type: 'text' })
  namens!: 'college' | 'leerplichtambtenaar';

  /** The day the decision was sent (bekendgemaakt, Awb art 3:41): the objection term starts the day after. */
  @Column({ type: 'date', name: 'bekendgemaakt_op' })
  bekendgemaaktOp!: string;

  @Column({ type: 'text', name: 'genomen_door' })
  genomenDoor!: string;

  @Column({ type: 'date', name: 'bezwaar_uiterlijk', nullable: true })
  bezwaarUiterlijk!: string | null;

  @Column({ type: 'uuid', name: 'brief_id', nullable: true })
  briefId!: string | null;

  @Column({ type: 'text', name: 'instructie_versie' })
  instructieVersie!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
