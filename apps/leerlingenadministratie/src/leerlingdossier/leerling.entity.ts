import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export interface Adres {
  straat: string;
  huisnummer: number;
  huisletter?: string;
  toevoeging?: string;
  postcode: string;
  woonplaats: string;
}

/** A youth as known to the administration of one gemeente (tenant-owned, RLS on gemeente). */
@Entity({ schema: 'leerlingenadministratie', name: 'leerling' })
@Index('uq_leerling_gemeente_bsn', ['gemeente', 'bsn'], { unique: true })
export class LeerlingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'text' })
  bsn!: string;

  @Column({ type: 'text', name: 'persoon_sleutel' })
  persoonSleutel!: string;

  @Column({ type: 'date', nullable: true })
  geboortedatum!: string | null;

  // Person data from the BRP (administratie.md §7 `Persoon`); null for a youth only known from a melding.
  @Column({ type: 'text', nullable: true })
  voornamen!: string | null;

  @Column({ type: 'text', nullable: true })
  voorvoegsel!: string | null;

  @Column({ type: 'text', nullable: true })
  geslachtsnaam!: string | null;

  @Column({ type: 'text', nullable: true })
  geslacht!: 'M' | 'V' | 'O' | null;

  @Column({ type: 'text', nullable: true })
  geboorteplaats!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  adres!: Adres | null;

  /** Registered as resident in this gemeente's BRP (RNI persons never are; 003 art 3 lid 2). */
  @Column({ type: 'boolean' })
  ingezetene!: boolean;

  /** Resident and inside the gemeente's age range (administratie.populatieLeeftijd). */
  @Column({ type: 'boolean', name: 'in_populatie' })
  inPopulatie!: boolean;

  @Column({ type: 'date', name: 'overleden_op', nullable: true })
  overledenOp!: string | null;

  /** The gemeente the youth moved to; this gemeente's row stays for its own records and open cases. */
  @Column({ type: 'text', name: 'verhuisd_naar', nullable: true })
  verhuisdNaar!: string | null;

  @Column({ type: 'date', name: 'verhuisd_op', nullable: true })
  verhuisdOp!: string | null;

  @Column({ type: 'date', name: 'startkwalificatie_op', nullable: true })
  startkwalificatieOp!: string | null;

  /** Foreign minor student at an HBO/university (004 Hfst 2.1): the administrative route, no letters. */
  @Column({ type: 'boolean', name: 'buitenlandse_student' })
  buitenlandseStudent!: boolean;

  @Column({ type: 'timestamptz', name: 'brp_bijgewerkt_op', nullable: true })
  brpBijgewerktOp!: Date | null;

  /** Where the youth first became known: a melding, an enrolment, a dossier, the BRP, an import or a decision of verlof-vrijstelling. */
  @Column({ type: 'text' })
  bron!: 'melding' | 'inschrijving' | 'dossier' | 'brp' | 'import' | 'besluit';

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
