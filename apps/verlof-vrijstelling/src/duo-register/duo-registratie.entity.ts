import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { DuoPersoonsgegevens, DuoRegistratieSoort } from '@leerrecht/verlof-vrijstelling/data-access-duo-register';

/** `wachtend` until DUO accepted it (`verzonden`) or refused it for good (`geweigerd`, visible to beheer). */
export type DuoRegistratieStatus = 'wachtend' | 'verzonden' | 'geweigerd';
/** A registration of a decision, or the early end (or revocation) of one already registered. */
export type DuoRegistratieHandeling = 'registratie' | 'beeindiging';

/**
 * The sending queue to DUO's register vrijstellingen en vervangende leerplicht (koppelingen §3;
 * Lpw art 3a–3c, 6 lid 4–5, 15 lid 3–4). A row is written in the decision's own transaction, so a
 * decision and its registration commit together, and a job sends it (retrying while DUO is down).
 * The row's id is the registratieId DUO is idempotent on. Tenant-owned (RLS on gemeente).
 */
@Entity({ schema: 'verlof_vrijstelling', name: 'duo_registratie' })
@Index('idx_duo_registratie_wachtend', ['createdAt'], { where: `status = 'wachtend'` })
@Index('idx_duo_registratie_zaak', ['zaakId'])
export class DuoRegistratieEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'text' })
  handeling!: DuoRegistratieHandeling;

  /** For a beëindiging: the registration it ends (its id is DUO's registratieId). */
  @Column({ type: 'uuid', name: 'registratie_id', nullable: true })
  registratieId!: string | null;

  @Column({ type: 'text', name: 'persoon_sleutel' })
  persoonSleutel!: string;

  /** The persoonsgebonden nummer DUO needs (Lpw art 3a–3c, 6 lid 4, 15 lid 3); never logged. */
  @Column({ type: 'text' })
  bsn!: string;

  @Column({ type: 'text' })
  soort!: DuoRegistratieSoort;

  /** Lpw art 5 onder a, b or c; only for vrijstelling-art5. */
  @Column({ type: 'text', nullable: true })
  grond!: 'a' | 'b' | 'c' | null;

  /** 3a or 3b; only for vervangende-leerplicht. */
  @Column({ type: 'text', nullable: true })
  artikel!: '3a' | '3b' | null;

  @Column({ type: 'text' })
  postcode!: string;

  @Column({ type: 'date' })
  begindatum!: string;

  /** Inclusive. For a beëindiging: the new last day (the day before begindatum for a revocation). */
  @Column({ type: 'date', nullable: true })
  einddatum!: string | null;

  /** "Eerder beroep" (art 5, art 15). */
  @Column({ type: 'boolean', name: 'eerder_beroep', nullable: true })
  eerderBeroep!: boolean | null;

  /** "Eerder verleend" (vervangende leerplicht). */
  @Column({ type: 'boolean', name: 'eerder_verleend', nullable: true })
  eerderVerleend!: boolean | null;

  /** Name, address, sex, birth date: only for vervangende leerplicht without Dutch education history. */
  @Column({ type: 'jsonb', nullable: true })
  persoonsgegevens!: DuoPersoonsgegevens | null;

  /** The case of the decision (kennisgeving, art15-aanvraag, vervangende-leerplicht). */
  @Column({ type: 'uuid', name: 'zaak_id' })
  zaakId!: string;

  /** The decision registered, or the decision that ended it (null when ended without one). */
  @Column({ type: 'uuid', name: 'besluit_id', nullable: true })
  besluitId!: string | null;

  @Column({ type: 'text' })
  status!: DuoRegistratieStatus;

  @Column({ type: 'integer' })
  pogingen!: number;

  @Column({ type: 'timestamptz', name: 'volgende_poging_op', nullable: true })
  volgendePogingOp!: Date | null;

  /** The last failure as a code (DUO's reason code or ours), never text from DUO or personal data. */
  @Column({ type: 'text', name: 'laatste_fout', nullable: true })
  laatsteFout!: string | null;

  @Column({ type: 'timestamptz', name: 'verzonden_op', nullable: true })
  verzondenOp!: Date | null;

  /** DUO's number of the registration. */
  @Column({ type: 'text', name: 'duo_registratienummer', nullable: true })
  duoRegistratienummer!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
