import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AantekeningBron, DossierVeld } from './dossier-velden';

/** One entry in the leerlingdossier with its provenance: who, when, source, source organisation. */
@Entity({ schema: 'leerlingenadministratie', name: 'dossier_aantekening' })
export class DossierAantekeningEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'uuid', name: 'dossier_id' })
  dossierId!: string;

  @Column({ type: 'text' })
  veld!: DossierVeld;

  @Column({ type: 'text' })
  inhoud!: string;

  @Column({ type: 'text' })
  bron!: AantekeningBron;

  /** Required for third-party information (a school, a ketenpartner). */
  @Column({ type: 'text', name: 'bron_organisatie', nullable: true })
  bronOrganisatie!: string | null;

  /** Keycloak subject of the person who recorded it. */
  @Column({ type: 'text', name: 'vastgelegd_door' })
  vastgelegdDoor!: string;

  @Column({ type: 'timestamptz', name: 'vastgelegd_op' })
  vastgelegdOp!: Date;
}
