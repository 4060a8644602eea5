import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { verzuimAchttienPlusGemeldV1, verzuimmeldingOntvangenV1, type EventActor } from '@leerrecht/shared/contracts-events';
import { OutboxWriter } from '@leerrecht/shared/data-access-bus';
import { DomainError } from '@leerrecht/shared/feature-subgraph';
import { InstructieRegister, type GemeenteInstructie } from '@leerrecht/shared/util-instructie';
import { NederlandseKalender, leeftijdOp } from '@leerrecht/shared/util-kalender';
import {
  beoordeelWettelijkVerzuim,
  bewaartermijn,
  isEersteOvertreding,
  stelLuxeVerzuimVoor,
  takenBijOpening,
  teLaatTrede,
  verlofInMelding,
  zaaksoortVoor,
  type Verzuimregistratie,
  type Zaaksoort,
} from '@leerrecht/verzuim/util-verzuimregels';
import { datumVan } from '../kern/kern.module';
import { vertaalRegelfout } from '../kern/regelfout';
import { behandelaarVoor } from '../toewijzing/toewijzing.repository';
import { VerleendVerlofEntity } from '../verlof/verleend-verlof.entity';
import { MaatregelverzoekEntity } from '../verzuimzaak/maatregelverzoek.entity';
import { openNieuweZaak } from '../verzuimzaak/zaak-opening';
import { legVast, voegTakenToe } from '../verzuimzaak/tijdlijn';
import { VerzuimzaakEntity } from '../verzuimzaak/verzuimzaak.entity';
import { VerzuimmeldingEntity, type Adres, type Kanaal, type Melder, type MeldingBeoordeling, type Onderwijssoort, type Verzuimsoort } from './verzuimmelding.entity';

/** A melding as any of the three channels delivers it, already checked field by field. */
export interface NieuweMelding {
  kanaal: Kanaal;
  /** DUO meldingsnummer or the school system's message id; null on paper. */
  externId: string | null;
  melderClientId: string;
  gemeente: string;
  bsn: string;
  persoonSleutel: string;
  geboortedatum: string | null;
  leerlingNaam: string | null;
  schoolBrin: string;
  onderwijssoort: Onderwijssoort | null;
  leslocatie: string | null;
  verzuimsoort: Verzuimsoort;
  duoCategorie: string | null;
  beginDatum: string;
  eindDatum: string | null;
  verzuimUren: number | null;
  verzuimdagen: number | null;
  verzuimregistratie: Verzuimregistratie[] | null;
  keerTeLaat: number | null;
  vermoedelijkeReden: string | null;
  alleLessenGemist: boolean | null;
  actieDoorSchool: string | null;
  actieGemeenteGewenst: boolean | null;
  actieGemeenteToelichting: string | null;
  melder: Melder | null;
  telefoonOuderOfLeerling: string | null;
  afwijkendAdres: Adres | null;
  toelichtingSchool: string | null;
  ontvangenOp: Date;
}

export interface Intakeresultaat {
  melding: VerzuimmeldingEntity;
  zaak: VerzuimzaakEntity;
  /** The same melding arrived before (same DUO number or the same message id): nothing was stored. */
  duplicaat: boolean;
}

/**
 * The one intake of a verzuimmelding, whatever the channel (DUO ROD, paper, a school system).
 * Runs in the caller's transaction (tenant context set to the melding's gemeente): the melding,
 * the case it opens or joins, the prescribed tasks, the timeline entry and the events commit
 * together, or nothing does. The caller writes the audit line in the same transaction.
 */
@Injectable()
export class MeldingIntake {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly instructies: InstructieRegister,
    @Inject(NederlandseKalender) private readonly kalender: NederlandseKalender,
  ) {}

  async neemOp(manager: EntityManager, nieuw: NieuweMelding, actor: EventActor, correlationId: string): Promise<Intakeresultaat> {
    const instructie = this.instructies.voorGemeente(nieuw.gemeente);
    const ontvangstdatum = datumVan(nieuw.ontvangenOp);
    const beoordeling = await this.beoordeel(manager, nieuw, instructie, ontvangstdatum);
    const classificatie = instructie.regels.privacy.wpgGrens.verzuimmelding.waarde;

    // The melding's own retention follows from the kind of case it opens; the closure sets the
    // case's retention on all its meldingen.
    const bewaren = bewaartermijn({ classificatie, geboortedatum: nieuw.geboortedatum, soort: beoordeling.zaaksoort, geslotenOp: null, regels: instructie.regels });
    const waarden: Omit<VerzuimmeldingEntity, 'createdAt' | 'updatedAt' | 'zaakId' | 'afsluitreden' | 'afsluittoelichting' | 'statusGewijzigdOp'> = {
      id: randomUUID(),
      gemeente: nieuw.gemeente,
      bsn: nieuw.bsn,
      persoonSleutel: nieuw.persoonSleutel,
      schoolBrin: nieuw.schoolBrin,
      melderClientId: nieuw.melderClientId,
      verzuimsoort: nieuw.verzuimsoort,
      beginDatum: nieuw.beginDatum,
      eindDatum: nieuw.eindDatum,
      verzuimUren: nieuw.verzuimUren === null ? null : String(nieuw.verzuimUren),
      status: 'geregistreerd',
      classificatie,
      instructieVersie: instructie.versieSleutel,
      ontvangenOp: nieuw.ontvangenOp,
      kanaal: nieuw.kanaal,
      externId: nieuw.externId,
      geboortedatum: nieuw.geboortedatum,
      leerlingNaam: nieuw.leerlingNaam,
      onderwijssoort: nieuw.onderwijssoort,
      leslocatie: nieuw.leslocatie,
      duoCategorie: nieuw.duoCategorie,
      vermoedelijkeReden: nieuw.vermoedelijkeReden,
      alleLessenGemist: nieuw.alleLessenGemist,
      actieDoorSchool: nieuw.actieDoorSchool,
      actieGemeenteGewenst: nieuw.actieGemeenteGewenst,
      actieGemeenteToelichting: nieuw.actieGemeenteToelichting,
      melder: nieuw.melder,
      telefoonOuderOfLeerling: nieuw.telefoonOuderOfLeerling,
      afwijkendAdres: nieuw.afwijkendAdres,
      verzuimdagen: nieuw.verzuimdagen === null ? null : String(nieuw.verzuimdagen),
      verzuimregistratie: nieuw.verzuimregistratie,
      keerTeLaat: nieuw.keerTeLaat,
      toelichtingSchool: nieuw.toelichtingSchool,
      beoordeling,
      bewarenTot: bewaren.bewaarTot,
      bewaartermijnGrondslag: bewaren.grondslag,
    };
    // ON CONFLICT DO NOTHING on every unique index (DUO meldingsnummer, the school's berichtId, the
    // paper's content): a repeated or concurrent delivery inserts nothing and is then looked up —
    // as a duplicate, or refused with a clear error. Never stored twice.
    const ingevoegd = await manager.createQueryBuilder().insert().into(VerzuimmeldingEntity).values(waarden).orIgnore().returning('id').execute();
    if ((ingevoegd.raw as unknown[]).length === 0) {
      const bestaand = await this.zoekDuplicaat(manager, nieuw);
      if (bestaand) return bestaand;
      throw new Error('melding niet opgeslagen en geen duplicaat gevonden');
    }

    const { zaak, nieuweZaak } = await this.openOfVoegToe(manager, nieuw, waarden.id, beoordeling, instructie, ontvangstdatum);
    await manager.update(VerzuimmeldingEntity, { id: waarden.id }, { zaakId: zaak.id });
    // Everything about the new row is known here: no read back.
    const melding = manager.create(VerzuimmeldingEntity, { ...waarden, zaakId: zaak.id, afsluitreden: null, afsluittoelichting: null, statusGewijzigdOp: null });

    await this.outbox.add(manager, verzuimmeldingOntvangenV1, {
      gemeente: melding.gemeente,
      subjectKey: melding.persoonSleutel,
      classification: melding.classificatie,
      correlationId,
      actor,
      payload: {
        meldingId: melding.id,
        bsn: melding.bsn,
        ...(melding.geboortedatum ? { geboortedatum: melding.geboortedatum } : {}),
        schoolBrin: melding.schoolBrin,
        verzuimsoort: melding.verzuimsoort,
        beginDatum: melding.beginDatum,
        status: 'geregistreerd',
        instructieVersie: melding.instructieVersie,
      },
    });
    if (nieuweZaak && zaak.soort === 'achttien-plus') {
      // 000 art 7; 003 inleiding: the Doorstroompunt follows youths of 18+ without startkwalificatie.
      await this.outbox.add(manager, verzuimAchttienPlusGemeldV1, {
        gemeente: zaak.gemeente,
        subjectKey: zaak.persoonSleutel,
        classification: 'AVG',
        correlationId,
        actor,
        payload: {
          zaakId: zaak.id,
          meldingId: melding.id,
          bsn: zaak.bsn,
          geboortedatum: zaak.geboortedatum,
          schoolBrin: melding.schoolBrin,
          onderwijssoort: melding.onderwijssoort,
          beginDatum: melding.beginDatum,
          overdracht: instructie.regels.verzuim.achttienPlus.waarde === 'doorstroompunt',
          instructieVersie: instructie.versieSleutel,
        },
      });
    }
    return { melding, zaak, duplicaat: false };
  }

  /**
   * DUO and a school system resend a melding with the same identifier: that is the same melding
   * (returned as a duplicate). A school system that reuses its message id for other content, or a
   * paper kennisgeving entered twice, is refused with a clear error.
   */
  private async zoekDuplicaat(manager: EntityManager, nieuw: NieuweMelding): Promise<Intakeresultaat | null> {
    let bestaand: VerzuimmeldingEntity | null = null;
    if (nieuw.kanaal === 'duo' && nieuw.externId !== null) {
      bestaand = await manager.findOne(VerzuimmeldingEntity, { where: { kanaal: 'duo', externId: nieuw.externId } });
    } else if (nieuw.kanaal === 'school-api' && nieuw.externId !== null) {
      bestaand = await manager.findOne(VerzuimmeldingEntity, { where: { kanaal: 'school-api', melderClientId: nieuw.melderClientId, externId: nieuw.externId } });
      if (bestaand && !zelfdeInhoud(bestaand, nieuw)) {
        throw new DomainError('BERICHT_ID_HERGEBRUIKT', 'Dit berichtId is al gebruikt voor een andere melding; gebruik per melding een eigen berichtId.', 'berichtId');
      }
    } else if (nieuw.kanaal === 'papier') {
      const dubbel = await manager.findOne(VerzuimmeldingEntity, {
        where: { kanaal: 'papier', gemeente: nieuw.gemeente, bsn: nieuw.bsn, schoolBrin: nieuw.schoolBrin, beginDatum: nieuw.beginDatum, verzuimsoort: nieuw.verzuimsoort },
      });
      if (dubbel) {
        throw new DomainError('KENNISGEVING_AL_GEREGISTREERD', `Deze kennisgeving (zelfde leerling, school, begindatum en soort) is al geregistreerd als melding ${dubbel.id}.`, 'beginDatum');
      }
    }
    if (bestaand === null) return null;
    const zaak = bestaand.zaakId === null ? null : await manager.findOne(VerzuimzaakEntity, { where: { id: bestaand.zaakId } });
    if (zaak === null) throw new Error('melding zonder zaak');
    return { melding: bestaand, zaak, duplicaat: true };
  }

  /** The rules' view of the melding: 16 hours in 4 lesweken, the kind of case, luxe verzuim, the ladder. */
  private async beoordeel(manager: EntityManager, nieuw: NieuweMelding, instructie: GemeenteInstructie, ontvangstdatum: string): Promise<MeldingBeoordeling> {
    const regels = instructie.regels;
    const regio = instructie.vakantieregio;
    const wettelijk = vertaalRegelfout(() => beoordeelWettelijkVerzuim({
      registratie: nieuw.verzuimregistratie ?? undefined,
      totaalUren: nieuw.verzuimUren,
      beginDatum: nieuw.beginDatum,
      eindDatum: nieuw.eindDatum,
      drempel: regels.verzuim.wettelijkVerzuimDrempel.waarde,
      kalender: this.kalender,
      regio,
    }));
    const leeftijd = nieuw.geboortedatum === null ? null : leeftijdOp(nieuw.geboortedatum, nieuw.beginDatum);
    const soort = zaaksoortVoor({ gemeld: nieuw.verzuimsoort, leeftijd: leeftijd ?? 0, wettelijk: wettelijk.uitkomst });

    let luxeVerzuim: MeldingBeoordeling['luxeVerzuim'] = null;
    if (soort.soort === 'luxe') {
      const eindDatum = nieuw.eindDatum ?? nieuw.beginDatum;
      const schooldagen = nieuw.verzuimdagen ?? this.kalender.aantalSchooldagen(nieuw.beginDatum, eindDatum, regio);
      // verzuim.md §7 rule 5: granted leave first. Absence inside it is not verzuim (Lpw art 11 onder g).
      const verleend = await this.verleendVerlof(manager, nieuw.gemeente, nieuw.persoonSleutel, nieuw.beginDatum, eindDatum);
      const verlof = vertaalRegelfout(() => verlofInMelding({ van: nieuw.beginDatum, totEnMet: eindDatum, verlof: verleend, kalender: this.kalender, regio }));
      const eerdere = await manager.find(MaatregelverzoekEntity, { where: { gemeente: nieuw.gemeente, persoonSleutel: nieuw.persoonSleutel } });
      const eersteOvertreding = isEersteOvertreding({
        eerdere: eerdere.map((m) => ({ soort: m.maatregel, datum: m.datum })),
        peildatum: ontvangstdatum,
        terugkijktermijn: regels.verzuim.eersteOvertredingTerugkijktermijn.waarde,
        kalender: this.kalender,
      });
      const advies = vertaalRegelfout(() => stelLuxeVerzuimVoor({ schooldagen, eersteOvertreding, regels, verleendVerlof: verlof }));
      luxeVerzuim = {
        schooldagen: advies.schooldagen,
        eersteOvertreding,
        voorstel: advies.voorstel,
        bron: advies.bron,
        toelichting: advies.toelichting,
        ...(verlof.perioden.length > 0 ? { schooldagenBinnenVerlof: verlof.schooldagen, verleendVerlof: verlof.perioden } : {}),
      };
    }
    const meldgrens = nieuw.onderwijssoort === null ? null : regels.verzuim.meldgrens.waarde[sectorVan(nieuw.onderwijssoort)];
    return {
      wettelijkVerzuim: wettelijk.uitkomst,
      venster: wettelijk.venster,
      urenInVenster: wettelijk.hoogsteUrenInVenster,
      leeftijd,
      zaaksoort: soort.soort as Exclude<Zaaksoort, 'absoluut'>,
      zaaksoortToelichting: soort.toelichting,
      luxeVerzuim,
      teLaat: nieuw.keerTeLaat === null ? null : teLaatTrede(nieuw.keerTeLaat, regels.verzuim.teLaatLadder.waarde),
      onderMeldgrens: meldgrens === null || nieuw.verzuimUren === null || soort.soort === 'luxe' ? null : nieuw.verzuimUren < meldgrens,
    };
  }

  /**
   * Leave granted (wholly or in part) to this youth in this gemeente that overlaps the melding's
   * period, as verlof-vrijstelling decided it. Refused and set-aside requests grant nothing.
   */
  private async verleendVerlof(manager: EntityManager, gemeente: string, persoonSleutel: string, van: string, totEnMet: string): Promise<{ van: string; totEnMet: string }[]> {
    const rijen = await manager
      .createQueryBuilder(VerleendVerlofEntity, 'v')
      .select(['v.verleendVan', 'v.verleendTotEnMet'])
      .where('v.gemeente = :gemeente AND v.persoon_sleutel = :persoonSleutel', { gemeente, persoonSleutel })
      .andWhere("v.uitkomst IN ('toegewezen', 'gedeeltelijk-toegewezen')")
      .andWhere('v.verleend_van <= :totEnMet AND v.verleend_tot_en_met >= :van', { van, totEnMet })
      .getMany();
    return rijen.flatMap((r) => (r.verleendVan === null || r.verleendTotEnMet === null ? [] : [{ van: r.verleendVan, totEnMet: r.verleendTotEnMet }]));
  }

  /** verzuim.md §2.2 rule 7: a new melding for a youth with an open case joins it; otherwise a case opens. */
  private async openOfVoegToe(
    manager: EntityManager,
    nieuw: NieuweMelding,
    meldingId: string,
    beoordeling: MeldingBeoordeling,
    instructie: GemeenteInstructie,
    ontvangstdatum: string,
  ): Promise<{ zaak: VerzuimzaakEntity; nieuweZaak: boolean }> {
    const regels = instructie.regels;
    const soort = beoordeling.zaaksoort;
    const leeftijdBijOntvangst = nieuw.geboortedatum === null ? 0 : leeftijdOp(nieuw.geboortedatum, ontvangstdatum);
    const taken = takenBijOpening({
      soort,
      leeftijd: leeftijdBijOntvangst,
      ontvangstdatum,
      verzuimBeginDatum: nieuw.beginDatum,
      melderIsDirecteur: nieuw.melder?.isDirecteur ?? null,
      metMelder: true,
      regels,
      kalender: this.kalender,
      regio: instructie.vakantieregio,
    });

    let zaak = await openZaak(manager, nieuw.gemeente, nieuw.persoonSleutel, false);
    let nieuweZaak = false;
    if (zaak === null) {
      const triageDoorAdmin = regels.verzuim.triageDoorAdmin.waarde;
      const geopend = await openNieuweZaak(manager, instructie, {
        gemeente: nieuw.gemeente,
        bsn: nieuw.bsn,
        persoonSleutel: nieuw.persoonSleutel,
        geboortedatum: nieuw.geboortedatum,
        soort,
        // 000 art 3 lid 9: the administration screens first where the instructie says so.
        triage: triageDoorAdmin ? 'te-beoordelen' : 'niet-van-toepassing',
        behandelaar: triageDoorAdmin ? null : await behandelaarVoor(manager, nieuw.gemeente, nieuw.schoolBrin),
        geopendOp: nieuw.ontvangenOp,
      });
      // Another melding for this youth opened the case a moment ago: join that one.
      zaak = geopend ?? (await openZaak(manager, nieuw.gemeente, nieuw.persoonSleutel, false));
      if (zaak === null) throw new Error('geen open zaak na gelijktijdige opening');
      nieuweZaak = geopend !== null;
    }

    const datum = ontvangstdatum;
    if (nieuweZaak) {
      await legVast(manager, zaak, { soort: 'zaak-geopend', omschrijving: `Zaak geopend (${soort}) op een melding via ${nieuw.kanaal}`, datum, actor: nieuw.melderClientId, meldingId });
      await voegTakenToe(manager, zaak, taken, meldingId);
    } else {
      await legVast(manager, zaak, { soort: 'melding-toegevoegd', omschrijving: `Nieuwe melding (${nieuw.verzuimsoort}) via ${nieuw.kanaal} toegevoegd aan de lopende zaak`, datum, actor: nieuw.melderClientId, meldingId });
      // The case's own contacts are already planned; the new melding brings its own feedback duty.
      await voegTakenToe(manager, zaak, taken.filter((taak) => taak.soort === 'terugkoppeling-melder' || taak.soort === 'drempelbezoek' || taak.soort === 'thuiszitter-beoordeling'), meldingId);
    }
    return { zaak, nieuweZaak };
  }
}

export async function openZaak(manager: EntityManager, gemeente: string, persoonSleutel: string, absoluut: boolean): Promise<VerzuimzaakEntity | null> {
  return manager
    .createQueryBuilder(VerzuimzaakEntity, 'z')
    .where('z.gemeente = :gemeente AND z.persoon_sleutel = :persoonSleutel AND z.status = :open', { gemeente, persoonSleutel, open: 'open' })
    .andWhere(absoluut ? "z.soort = 'absoluut'" : "z.soort <> 'absoluut'")
    .getOne();
}

function sectorVan(onderwijssoort: Onderwijssoort): 'po' | 'vo' | 'mbo' {
  if (onderwijssoort === 'PO' || onderwijssoort === 'SO') return 'po';
  if (onderwijssoort === 'MBO') return 'mbo';
  return 'vo';
}

function zelfdeInhoud(bestaand: VerzuimmeldingEntity, nieuw: NieuweMelding): boolean {
  return bestaand.bsn === nieuw.bsn && bestaand.beginDatum === nieuw.beginDatum && bestaand.verzuimsoort === nieuw.verzuimsoort && bestaand.schoolBrin === nieuw.schoolBrin;
}

