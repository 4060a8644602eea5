import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type Verzuimsoort = 'wettelijk' | 'overig' | 'luxe' | 'langdurig-relatief' | 'achttien-plus';
/** DUO's statuses of a verzuimmelding (koppelingen.md, Register Onderwijsdeelnemers). */
export type MeldingStatus = 'geregistreerd' | 'in-behandeling' | 'afgesloten' | 'ingetrokken' | 'ter-kennisgeving-aangenomen';
export type Classificatie = 'AVG' | 'AVG-bijzonder' | 'Wpg';

/** A verzuimmelding as received from a school, DUO or on paper. Tenant-owned (RLS on gemeente). */
@Entity({ schema: 'verzuim', name: 'verzuimmelding' })
@Index('idx_verzuimmelding_gemeente_bsn', ['gemeente', 'bsn'])
@Index('idx_verzuimmelding_melder', ['melderClientId', 'id'])
export class VerzuimmeldingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** CBS code of the woongemeente responsible for the youth. */
  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'text' })
  bsn!: string;

  /** Keyed pseudonym of the BSN: the person key in events and the audit log. */
  @Column({ type: 'text', name: 'persoon_sleutel' })
  persoonSleutel!: string;

  @Column({ type: 'text', name: 'school_brin' })
  schoolBrin!: string;

  /** Keycloak client (partner system) or user that filed the melding; decides who may read its status. */
  @Column({ type: 'text', name: 'melder_client_id' })
  melderClientId!: string;

  @Column({ type: 'text' })
  verzuimsoort!: Verzuimsoort;

  @Column({ type: 'date', name: 'begin_datum' })
  beginDatum!: string;

  @Column({ type: 'date', name: 'eind_datum', nullable: true })
  eindDatum!: string | null;

  @Column({ type: 'numeric', name: 'verzuim_uren', nullable: true })
  verzuimUren!: string | null;

  @Column({ type: 'text' })
  status!: MeldingStatus;

  /** AVG or Wpg, as the gemeente's instructie says (privacy.wpgGrens). */
  @Column({ type: 'text' })
  classificatie!: Classificatie;

  /** The instructie version the intake was done under (000 art 26 lid 2; 003 art 24 lid 2). */
  @Column({ type: 'text', name: 'instructie_versie' })
  instructieVersie!: string;

  @Column({ type: 'timestamptz', name: 'ontvangen_op' })
  ontvangenOp!: Date;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
