import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { EventActor } from '@leerrecht/shared/contracts-events';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import { heeftRol, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import { DomainError, Verwerkingslog } from '@leerrecht/shared/feature-subgraph';
import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { valideerVerzuimmelding, type Controlecontext } from '@leerrecht/verzuim/util-verzuimmelding';
import { actorNaam, actorVan, vereisUuid } from '../kern/actor';
import { KLOK, datumVan, type Klok } from '../kern/kern.module';
import { TerugkoppelingEntity } from '../terugkoppeling/terugkoppeling.entity';
import { sluitAlsNietsMeerLoopt } from '../verzuimzaak/administratieve-sluiting';
import { legVast } from '../verzuimzaak/tijdlijn';
import { VerzuimzaakEntity } from '../verzuimzaak/verzuimzaak.entity';
import { ZaakTaakEntity } from '../verzuimzaak/zaak-taak.entity';
import { WpgWeigering } from '../verzuimzaak/zaaktoegang';
import type { MeldingveldenInput, PapierenKennisgevingInput, VerzuimmeldingInput } from './dto/verzuimmelding.input';
import { MeldingIntake, type Intakeresultaat, type NieuweMelding } from './melding-intake.service';
import { MeldingStatusService } from './melding-status';
import { VerzuimmeldingEntity, type Kanaal } from './verzuimmelding.entity';

/**
 * The two channels where a person or a system hands in a melding directly: a school system over
 * the API and the administration typing in a paper kennisgeving (000 art 6 lid 1). Everything is
 * checked before anything is written; the melding, its case, its events and the audit record
 * commit in one transaction. DUO meldingen come in through the bus (duo/).
 */
@Injectable()
export class VerzuimmeldingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly intake: MeldingIntake,
    private readonly status: MeldingStatusService,
    private readonly verwerkingslog: Verwerkingslog,
    private readonly instructies: InstructieRegister,
    @Inject(KLOK) private readonly klok: Klok,
  ) {}

  async dienIn(input: VerzuimmeldingInput, principal: Principal, request: RequestContext): Promise<Intakeresultaat> {
    const nu = this.klok();
    this.valideer(input, principal, { verplicht: ['berichtId', 'geboortedatum', 'melderNaam'], berichtId: input.berichtId }, datumVan(nu));
    return this.neemOp(this.nieuweMelding(input, 'school-api', input.berichtId, principal, nu), principal, request);
  }

  async registreerKennisgeving(input: PapierenKennisgevingInput, principal: Principal, request: RequestContext): Promise<Intakeresultaat> {
    this.valideer(input, principal, { verplicht: ['geboortedatum', 'melderNaam', 'ontvangenOp'], ontvangenOp: input.ontvangenOp }, datumVan(this.klok()));
    // The paper arrived that day; noon keeps the calendar date the same in every time zone.
    return this.neemOp(this.nieuweMelding(input, 'papier', null, principal, new Date(`${input.ontvangenOp}T12:00:00+01:00`)), principal, request);
  }

  /**
   * Status for the one who filed it: a partner sees only its own meldingen (what it sent and its
   * status, never the case), staff only those of their gemeenten (row-level security). Unknown
   * and not-yours look the same.
   */
  async statusVan(id: string, principal: Principal, request: RequestContext): Promise<{ melding: VerzuimmeldingEntity; terugkoppelingen: TerugkoppelingEntity[] } | null> {
    vereisUuid(id, 'id');
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const partner = heeftRol(principal, 'partner-school');
      const where = partner ? { id, melderClientId: principal.clientId } : { id };
      const melding = await manager.findOne(VerzuimmeldingEntity, { where });
      // The school sees what it sent; staff see a Wpg melding only with the Wpg authorisation, or
      // as the administration that does its intake and feedback (privacy-retentie.md §2.2 rule 6).
      if (melding !== null && !partner && melding.classificatie === 'Wpg' && !heeftRol(principal, 'wpg-verwerking', 'administratief-medewerker')) {
        throw new WpgWeigering(melding, 'id');
      }
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene: melding?.persoonSleutel ?? null, gemeente: melding?.gemeente ?? null });
      if (melding === null) return null;
      const terugkoppelingen = await manager.find(TerugkoppelingEntity, { where: { meldingId: id }, order: { vastgelegdOp: 'ASC' } });
      return { melding, terugkoppelingen };
    });
  }

  /** The school withdraws its own melding (DUO status Ingetrokken, koppelingen §1.4). */
  async trekIn(id: string, principal: Principal, request: RequestContext): Promise<VerzuimmeldingEntity> {
    vereisUuid(id, 'meldingId');
    const nu = this.klok();
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const melding = await manager.findOne(VerzuimmeldingEntity, { where: { id, melderClientId: principal.clientId, kanaal: 'school-api' } });
      if (melding === null) throw new DomainError('NIET_GEVONDEN', 'Geen eigen melding met dit id.', 'meldingId');
      await this.trekMeldingIn(manager, melding, nu, actorVan(principal), actorNaam(principal), request.trace.traceId);
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene: melding.persoonSleutel, gemeente: melding.gemeente });
      return melding;
    });
  }

  /** Shared by the API and the DUO feed: the melding ends, its feedback task ends, the case closes when nothing is left. */
  async trekMeldingIn(manager: EntityManager, melding: VerzuimmeldingEntity, op: Date, actor: EventActor, wie: string, correlationId: string): Promise<void> {
    await this.status.wijzig(manager, melding, 'ingetrokken', { op, actor, correlationId });
    const datum = datumVan(op);
    const uitleg = 'De school heeft de melding ingetrokken; er is niets meer terug te koppelen.';
    await manager.update(ZaakTaakEntity, { meldingId: melding.id, status: 'open' }, { status: 'overgeslagen', afgerondOp: datum, afgerondDoor: wie, uitleg });
    if (melding.zaakId === null) return;
    const zaak = await manager.findOneOrFail(VerzuimzaakEntity, { where: { id: melding.zaakId } });
    await legVast(manager, zaak, { soort: 'melding-ingetrokken', omschrijving: 'De school heeft de melding ingetrokken', datum, actor: wie, meldingId: melding.id });
    await sluitAlsNietsMeerLoopt(manager, zaak, { reden: 'ingetrokken', uitleg, datum, op, actor: wie, instructies: this.instructies });
  }

  private async neemOp(nieuw: NieuweMelding, principal: Principal, request: RequestContext): Promise<Intakeresultaat> {
    return inTenantTransaction(this.dataSource, [nieuw.gemeente], async (manager) => {
      const resultaat = await this.intake.neemOp(manager, nieuw, actorVan(principal), request.trace.traceId);
      await this.verwerkingslog.leg(manager, request, principal, {
        betrokkene: nieuw.persoonSleutel,
        gemeente: nieuw.gemeente,
        reden: resultaat.duplicaat ? 'duplicaat-herkend' : null,
      });
      return resultaat;
    });
  }

  private nieuweMelding(input: MeldingveldenInput, kanaal: Kanaal, externId: string | null, principal: Principal, ontvangenOp: Date): NieuweMelding {
    return {
      kanaal,
      externId,
      melderClientId: principal.clientId,
      gemeente: input.gemeente,
      bsn: input.bsn,
      persoonSleutel: this.verwerkingslog.pseudoniem(input.bsn),
      geboortedatum: input.geboortedatum,
      leerlingNaam: leegIsNull(input.leerlingNaam),
      schoolBrin: input.schoolBrin,
      onderwijssoort: input.onderwijssoort,
      leslocatie: leegIsNull(input.leslocatie),
      verzuimsoort: input.verzuimsoort,
      duoCategorie: null,
      beginDatum: input.beginDatum,
      eindDatum: input.eindDatum ?? null,
      verzuimUren: input.verzuimUren ?? null,
      verzuimdagen: input.verzuimdagen ?? null,
      verzuimregistratie: input.verzuimregistratie?.map((r) => ({ datum: r.datum, uren: r.uren })) ?? null,
      keerTeLaat: input.keerTeLaat ?? null,
      vermoedelijkeReden: leegIsNull(input.vermoedelijkeReden),
      alleLessenGemist: input.alleLessenGemist ?? null,
      actieDoorSchool: leegIsNull(input.actieDoorSchool),
      actieGemeenteGewenst: input.actieGemeenteGewenst ?? null,
      actieGemeenteToelichting: leegIsNull(input.actieGemeenteToelichting),
      melder: {
        naam: input.melder.naam.trim(),
        functie: leegIsNull(input.melder.functie),
        telefoon: leegIsNull(input.melder.telefoon),
        email: leegIsNull(input.melder.email),
        isDirecteur: input.melder.isDirecteur ?? null,
      },
      telefoonOuderOfLeerling: leegIsNull(input.telefoonOuderOfLeerling),
      afwijkendAdres: input.afwijkendAdres
        ? {
            straat: input.afwijkendAdres.straat,
            huisnummer: input.afwijkendAdres.huisnummer,
            huisletter: input.afwijkendAdres.huisletter ?? null,
            toevoeging: input.afwijkendAdres.toevoeging ?? null,
            postcode: input.afwijkendAdres.postcode ?? null,
            locatieaanduiding: input.afwijkendAdres.locatieaanduiding ?? null,
            plaats: input.afwijkendAdres.plaats,
          }
        : null,
      toelichtingSchool: leegIsNull(input.toelichtingSchool),
      ontvangenOp,
    };
  }

  /** All checks live in the pure valideerVerzuimmelding; the first problem is the answer. */
  private valideer(
    input: MeldingveldenInput,
    principal: Principal,
    kanaal: { verplicht: NonNullable<Controlecontext['verplicht']>; berichtId?: string; ontvangenOp?: string },
    vandaag: string,
  ): void {
    const melder = { gemeenten: principal.gemeenten, eigenBrin: heeftRol(principal, 'partner-school') ? principal.brin ?? '' : null };
    const [eerste] = valideerVerzuimmelding(
      {
        bsn: input.bsn,
        gemeente: input.gemeente,
        schoolBrin: input.schoolBrin,
        beginDatum: input.beginDatum,
        eindDatum: input.eindDatum,
        verzuimUren: input.verzuimUren,
        berichtId: kanaal.berichtId,
        geboortedatum: input.geboortedatum,
        verzuimdagen: input.verzuimdagen,
        verzuimregistratie: input.verzuimregistratie,
        keerTeLaat: input.keerTeLaat,
        melderNaam: input.melder.naam,
        teksten: {
          vermoedelijkeReden: input.vermoedelijkeReden,
          actieDoorSchool: input.actieDoorSchool,
          actieGemeenteToelichting: input.actieGemeenteToelichting,
          toelichtingSchool: input.toelichtingSchool,
          leerlingNaam: input.leerlingNaam,
          leslocatie: input.leslocatie,
        },
        postcode: input.afwijkendAdres?.postcode,
        ontvangenOp: kanaal.ontvangenOp,
      },
      melder,
      { gemeentenVanRegio: this.instructies.gemeenten(), vandaag, verplicht: kanaal.verplicht },
    );
    if (eerste) {
      // Reporting for a gemeente or a school one does not serve is a refusal of access: logged.
      const weigering = eerste.code === 'GEMEENTE_NIET_TOEGESTAAN' || eerste.code === 'BRIN_NIET_TOEGESTAAN' ? { reden: eerste.code.toLowerCase().replace(/_/g, '-') } : undefined;
      throw new DomainError(eerste.code, eerste.melding, eerste.veld, weigering);
    }
  }
}

function leegIsNull(waarde: string | null | undefined): string | null {
  if (waarde === undefined || waarde === null) return null;
  const getrimd = waarde.trim();
  return getrimd === '' ? null : getrimd;
}
