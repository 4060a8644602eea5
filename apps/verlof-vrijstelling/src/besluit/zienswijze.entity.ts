import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ZaakSoort } from './zaak';

/** Who gave a view: the director (000 art 5 lid 3), a parent or the youth (lid 5; Awb art 4:7), another interested party (Awb art 4:8). */
export type Partij = 'directeur' | 'ouder' | 'jongere' | 'derde-belanghebbende';

/** A view (zienswijze) recorded in writing before a decision (Awb art 4:7–4:8; 000 art 5 lid 3–5; 003 art 5 lid 3). */
@Entity({ schema: 'verlof_vrijstelling', name: 'zienswijze' })
export class ZienswijzeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'text', name: 'zaak_soort' })
  zaakSoort!: ZaakSoort;

  @Column({ type: 'uuid', name: 'zaak_id' })
  zaakId!: string;

  @Column({ type: 'text' })
  partij!: Partij;

  @Column({ type: 'text' })
  vorm!: 'schriftelijk' | 'mondeling';

  @Column({ type: 'date' })
  datum!: string;

  @Column({ type: 'text', nullable: true })
  plaats!: string | null;

  /** The view itself, in writing (an oral view is recorded by the officer). */
  @Column({ type: 'text' })
  inhoud!: string;

  @Column({ type: 'text', name: 'vastgelegd_door' })
  vastgelegdDoor!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
