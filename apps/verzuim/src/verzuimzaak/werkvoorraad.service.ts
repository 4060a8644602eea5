import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import { heeftRol, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import { DomainError, Verwerkingslog, vereisDatum, vereisGemeente } from '@leerrecht/shared/feature-subgraph';
import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { leeftijdOp } from '@leerrecht/shared/util-kalender';
import { mogelijkeMaatregelen, type Maatregel } from '@leerrecht/verzuim/util-verzuimregels';
import { KLOK, datumVan, type Klok } from '../kern/kern.module';
import { BerichtEntity } from '../terugkoppeling/bericht.entity';
import { TerugkoppelingEntity } from '../terugkoppeling/terugkoppeling.entity';
import { VerzuimmeldingEntity } from '../verzuimmelding/verzuimmelding.entity';
import { vereisUuid } from '../kern/actor';
import { MaatregelverzoekEntity } from './maatregelverzoek.entity';
import { VerzuimzaakEntity } from './verzuimzaak.entity';
import { ZaakGebeurtenisEntity } from './zaak-gebeurtenis.entity';
import { ZaakTaakEntity } from './zaak-taak.entity';
import { ZaakToestemmingEntity } from './zaak-toestemming.entity';
import { laadZaak, magZaakInzien } from './zaaktoegang';

export interface Zaakdossier {
  zaak: VerzuimzaakEntity;
  leeftijd: number | null;
  fasen: readonly string[];
  meldingen: VerzuimmeldingEntity[];
  taken: ZaakTaakEntity[];
  tijdlijn: ZaakGebeurtenisEntity[];
  toestemmingen: ZaakToestemmingEntity[];
  maatregelverzoeken: MaatregelverzoekEntity[];
  mogelijkeMaatregelen: { maatregel: Maatregel; bron: string }[];
  terugkoppelingen: TerugkoppelingEntity[];
  berichten: BerichtEntity[];
  peildatum: string;
}

export interface Zaakregel {
  id: string;
  gemeente: string;
  bsn: string;
  soort: string;
  fase: string | null;
  behandelaar: string | null;
  classificatie: string;
  geopendOp: Date;
  openTaken: number;
  teLaat: number;
  eerstvolgendeUiterlijk: string | null;
}

export interface Taakregel {
  taakId: string;
  zaakId: string;
  meldingId: string | null;
  gemeente: string;
  soort: string;
  uiterlijk: string | null;
  bron: string;
  behandelaar: string | null;
  dagenTeLaat: number;
}

export interface Tellingen {
  gemeente: string;
  van: string;
  totEnMet: string;
  totaal: number;
  perSchool: { sleutel: string; aantal: number }[];
  perVerzuimsoort: { sleutel: string; aantal: number }[];
  perKanaal: { sleutel: string; aantal: number }[];
  perStatus: { sleutel: string; aantal: number }[];
  /** True when Wpg meldingen were left out because the caller is not authorised for them. */
  zonderWpg: boolean;
}

/**
 * What the officer works from: one case in full, my open cases by urgency, overdue tasks, the
 * feedback still due, and counts per school, kind and gemeente. Every list that names persons
 * writes one Logboek line per person it shows; Wpg cases appear only to those authorised, the
 * others get a count of what is hidden.
 */
@Injectable()
export class WerkvoorraadService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly verwerkingslog: Verwerkingslog,
    private readonly instructies: InstructieRegister,
    @Inject(KLOK) private readonly klok: Klok,
  ) {}

  peildatum(datum: string | null | undefined): string {
    if (datum === undefined || datum === null) return datumVan(this.klok());
    vereisDatum(datum, 'peildatum');
    return datum;
  }

  async zaak(zaakId: string, peildatum: string | null | undefined, principal: Principal, request: RequestContext): Promise<Zaakdossier> {
    vereisUuid(zaakId, 'zaakId');
    const peil = this.peildatum(peildatum);
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const zaak = await laadZaak(manager, zaakId, principal);
      // One connection per transaction: the queries run one after the other (pg queues them anyway).
      const meldingen = await manager.find(VerzuimmeldingEntity, { where: { zaakId }, order: { ontvangenOp: 'ASC' } });
      const taken = await manager.find(ZaakTaakEntity, { where: { zaakId }, order: { uiterlijk: 'ASC', createdAt: 'ASC' } });
      const tijdlijn = await manager.find(ZaakGebeurtenisEntity, { where: { zaakId }, order: { op: 'ASC' } });
      const toestemmingen = await manager.find(ZaakToestemmingEntity, { where: { zaakId }, order: { gegevenOp: 'ASC' } });
      const maatregelverzoeken = await manager.find(MaatregelverzoekEntity, { where: { zaakId }, order: { datum: 'ASC' } });
      const berichten = await manager.find(BerichtEntity, { where: { zaakId }, order: { createdAt: 'ASC' } });
      const terugkoppelingen = meldingen.length === 0 ? [] : await manager.find(TerugkoppelingEntity, { where: { meldingId: In(meldingen.map((m) => m.id)) }, order: { vastgelegdOp: 'ASC' } });
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene: zaak.persoonSleutel, gemeente: zaak.gemeente });
      const leeftijd = zaak.geboortedatum === null ? null : leeftijdOp(zaak.geboortedatum, peil);
      return {
        zaak,
        leeftijd,
        fasen: this.instructies.voorGemeente(zaak.gemeente).regels.verzuim.fasen.waarde,
        meldingen,
        taken,
        tijdlijn,
        toestemmingen,
        maatregelverzoeken,
        // handhaving.md §2: which measures this case can lead to; none for 18+ (000 art 7).
        mogelijkeMaatregelen: zaak.status === 'open' && leeftijd !== null ? mogelijkeMaatregelen({ leeftijd, soort: zaak.soort }) : [],
        terugkoppelingen,
        berichten,
        peildatum: peil,
      };
    });
  }

  /** My open cases, most urgent first: most overdue tasks, then the nearest deadline. */
  async mijnZaken(peildatum: string | null | undefined, principal: Principal, request: RequestContext): Promise<{ zaken: Zaakregel[]; verborgenWpg: number }> {
    const peil = this.peildatum(peildatum);
    if (principal.gebruikersnaam === null) throw new DomainError('GEEN_GEBRUIKER', 'Alleen een medewerker heeft eigen zaken.');
    return this.zaakregels({ behandelaar: principal.gebruikersnaam, gemeente: null }, peil, principal, request);
  }

  /** A gemeente's open cases by urgency (the coördinator uses counts instead; see tellingen). */
  async zakenVanGemeente(gemeente: string, peildatum: string | null | undefined, principal: Principal, request: RequestContext): Promise<{ zaken: Zaakregel[]; verborgenWpg: number }> {
    vereisGemeente(principal, gemeente);
    return this.zaakregels({ behandelaar: null, gemeente }, this.peildatum(peildatum), principal, request);
  }

  private async zaakregels(filter: { behandelaar: string | null; gemeente: string | null }, peil: string, principal: Principal, request: RequestContext): Promise<{ zaken: Zaakregel[]; verborgenWpg: number }> {
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const rijen = (await manager.query(
        `SELECT z.id, z.gemeente, z.bsn, z.persoon_sleutel, z.soort, z.fase, z.behandelaar, z.classificatie, z.geopend_op,
                count(t.id) FILTER (WHERE t.status = 'open')::int AS open_taken,
                count(t.id) FILTER (WHERE t.status = 'open' AND t.uiterlijk < $1::date)::int AS te_laat,
                (min(t.uiterlijk) FILTER (WHERE t.status = 'open'))::text AS eerstvolgend
           FROM verzuim.verzuimzaak z
           LEFT JOIN verzuim.zaak_taak t ON t.zaak_id = z.id
          WHERE z.status = 'open' AND ($2::text IS NULL OR z.behandelaar = $2) AND ($3::text IS NULL OR z.gemeente = $3)
          GROUP BY z.id
          ORDER BY te_laat DESC, eerstvolgend ASC NULLS LAST, z.geopend_op ASC
          LIMIT 500`,
        [peil, filter.behandelaar, filter.gemeente],
      )) as { id: string; gemeente: string; bsn: string; persoon_sleutel: string; soort: string; fase: string | null; behandelaar: string | null; classificatie: string; geopend_op: Date; open_taken: number; te_laat: number; eerstvolgend: string | null }[];
      const zichtbaar = rijen.filter((r) => magZaakInzien(principal, { classificatie: r.classificatie as VerzuimzaakEntity['classificatie'] }));
      for (const gemeente of new Set(zichtbaar.map((r) => r.gemeente))) {
        await this.verwerkingslog.legVoorBetrokkenen(manager, request, principal, gemeente, zichtbaar.filter((r) => r.gemeente === gemeente).map((r) => r.persoon_sleutel));
      }
      return {
        zaken: zichtbaar.map((r) => ({
          id: r.id,
          gemeente: r.gemeente,
          bsn: r.bsn,
          soort: r.soort,
          fase: r.fase,
          behandelaar: r.behandelaar,
          classificatie: r.classificatie,
          geopendOp: r.geopend_op,
          openTaken: r.open_taken,
          teLaat: r.te_laat,
          eerstvolgendeUiterlijk: r.eerstvolgend,
        })),
        verborgenWpg: rijen.length - zichtbaar.length,
      };
    });
  }

  /**
   * Open tasks of a gemeente; `alleenTeLaat` gives the overdue ones. `soort` narrows it, e.g. to
   * 'terugkoppeling-melder': the feedback due within a week (Lpw art 21a lid 6), flagged when late.
   * The administration sees the feedback tasks of Wpg meldingen too (intake fields).
   */
  async taken(
    invoer: { gemeente: string; alleenTeLaat: boolean; soort?: string | null; peildatum?: string | null },
    principal: Principal,
    request: RequestContext,
  ): Promise<{ taken: Taakregel[]; verborgenWpg: number }> {
    vereisGemeente(principal, invoer.gemeente);
    const peil = this.peildatum(invoer.peildatum);
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const rijen = (await manager.query(
        `SELECT t.id, t.zaak_id, t.melding_id, t.gemeente, t.soort, t.uiterlijk::text AS uiterlijk, t.bron, z.behandelaar, z.classificatie, z.persoon_sleutel,
                CASE WHEN t.uiterlijk < $2::date THEN ($2::date - t.uiterlijk) ELSE 0 END AS dagen_te_laat
           FROM verzuim.zaak_taak t JOIN verzuim.verzuimzaak z ON z.id = t.zaak_id
          WHERE t.gemeente = $1 AND t.status = 'open' AND z.status = 'open'
            AND (NOT $3::boolean OR t.uiterlijk < $2::date)
            AND ($4::text IS NULL OR t.soort = $4)
          ORDER BY t.uiterlijk ASC NULLS LAST, t.created_at ASC
          LIMIT 1000`,
        [invoer.gemeente, peil, invoer.alleenTeLaat, invoer.soort ?? null],
      )) as { id: string; zaak_id: string; melding_id: string | null; gemeente: string; soort: string; uiterlijk: string | null; bron: string; behandelaar: string | null; classificatie: string; persoon_sleutel: string; dagen_te_laat: number }[];
      const intake = heeftRol(principal, 'administratief-medewerker');
      const zichtbaar = rijen.filter((r) => magZaakInzien(principal, { classificatie: r.classificatie as VerzuimzaakEntity['classificatie'] }) || (intake && r.soort === 'terugkoppeling-melder'));
      await this.verwerkingslog.legVoorBetrokkenen(manager, request, principal, invoer.gemeente, [...new Set(zichtbaar.map((r) => r.persoon_sleutel))]);
      return {
        taken: zichtbaar.map((r) => ({
          taakId: r.id,
          zaakId: r.zaak_id,
          meldingId: r.melding_id,
          gemeente: r.gemeente,
          soort: r.soort,
          uiterlijk: r.uiterlijk,
          bron: r.bron,
          behandelaar: r.behandelaar,
          dagenTeLaat: r.dagen_te_laat,
        })),
        verborgenWpg: rijen.length - zichtbaar.length,
      };
    });
  }

  /** Counts of meldingen received in a period: per school, per kind, per channel, per status. No personal data. */
  async tellingen(invoer: { gemeente: string; van: string; totEnMet: string }, principal: Principal, request: RequestContext): Promise<Tellingen> {
    vereisGemeente(principal, invoer.gemeente);
    vereisDatum(invoer.van, 'van');
    vereisDatum(invoer.totEnMet, 'totEnMet');
    if (invoer.totEnMet < invoer.van) throw new DomainError('ONGELDIGE_PERIODE', 'De einddatum ligt voor de begindatum.', 'totEnMet');
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      // privacy-retentie.md §3: counts of Wpg records only for those authorised for them.
      const metWpg = heeftRol(principal, 'wpg-verwerking', 'administratief-medewerker');
      const groep = async (kolom: 'school_brin' | 'verzuimsoort' | 'kanaal' | 'status'): Promise<{ sleutel: string; aantal: number }[]> =>
        (await manager.query(
          `SELECT ${kolom} AS sleutel, count(*)::int AS aantal FROM verzuim.verzuimmelding
            WHERE gemeente = $1 AND ontvangen_op >= $2::date AND ontvangen_op < ($3::date + 1) AND ($4::boolean OR classificatie <> 'Wpg')
            GROUP BY ${kolom} ORDER BY aantal DESC, sleutel ASC`,
          [invoer.gemeente, invoer.van, invoer.totEnMet, metWpg],
        )) as { sleutel: string; aantal: number }[];
      const perSchool = await groep('school_brin');
      const tellingen: Tellingen = {
        ...invoer,
        totaal: perSchool.reduce((som, r) => som + r.aantal, 0),
        perSchool,
        perVerzuimsoort: await groep('verzuimsoort'),
        perKanaal: await groep('kanaal'),
        perStatus: await groep('status'),
        zonderWpg: !metWpg,
      };
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene: null, gemeente: invoer.gemeente });
      return tellingen;
    });
  }
}
