import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ContractViolation, duoMeldingOpgehaaldV1, type DuoMeldingOpgehaaldV1 } from '@leerrecht/shared/contracts-events';
import { OutboxWriter } from '@leerrecht/shared/data-access-bus';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import { DomainError, Verwerkingslog } from '@leerrecht/shared/feature-subgraph';
import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { JsonLogger } from '@leerrecht/shared/util-logging';
import { DuoFout, type DuoLevering, type DuoVerzuimmelding, type DuoVerzuimregister } from '@leerrecht/verzuim/data-access-duo';
import { DUO_REGISTER, KLOK, type Klok } from '../kern/kern.module';
import { DuoMeldingIndexEntity } from './duo-melding-index.entity';
import { DuoOnverwerkbaarEntity } from './duo-onverwerkbaar.entity';
import { DuoOphalingEntity } from './duo-ophaling.entity';

/** At most this many pages per gemeente per run, so one run never holds the service for long. */
const MAX_PAGINAS = 40;
const PAGINA = 500;

export interface Ophaalresultaat {
  opgehaald: number;
  ingetrokken: number;
  onverwerkbaar: number;
}

/**
 * Fetches new entries from DUO's Register Onderwijsdeelnemers per gemeente and hands each to the
 * intake over the bus. One page is one transaction: the entries' outbox events, the index, the
 * unreadable ones and the moved cursor commit together, so a crash in between fetches the page
 * again and the index makes the repeat a no-op (nothing lost, nothing stored twice). A
 * transaction-scoped advisory lock per gemeente keeps two replicas from fetching the same page.
 */
@Injectable()
export class DuoOphalingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly instructies: InstructieRegister,
    private readonly logger: JsonLogger,
    @Inject(DUO_REGISTER) private readonly duo: DuoVerzuimregister,
    private readonly verwerkingslog: Verwerkingslog,
    @Inject(KLOK) private readonly klok: Klok,
  ) {}

  async haalOp(gemeenten: readonly string[], correlationId: string): Promise<Ophaalresultaat> {
    const totaal: Ophaalresultaat = { opgehaald: 0, ingetrokken: 0, onverwerkbaar: 0 };
    for (const gemeente of gemeenten) {
      for (let pagina = 0; pagina < MAX_PAGINAS; pagina += 1) {
        const resultaat = await this.haalPaginaOp(gemeente, correlationId);
        totaal.opgehaald += resultaat.opgehaald;
        totaal.ingetrokken += resultaat.ingetrokken;
        totaal.onverwerkbaar += resultaat.onverwerkbaar;
        if (resultaat.leeg) break;
      }
    }
    return totaal;
  }

  private async haalPaginaOp(gemeente: string, correlationId: string): Promise<Ophaalresultaat & { leeg: boolean }> {
    return inTenantTransaction(this.dataSource, [gemeente], async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('leerrecht-duo-ophaling-' || $1))`, [gemeente]);
      await manager.query(`INSERT INTO verzuim.duo_ophaling (gemeente) VALUES ($1) ON CONFLICT DO NOTHING`, [gemeente]);
      const cursor = await manager.findOneByOrFail(DuoOphalingEntity, { gemeente });
      let pagina;
      try {
        pagina = await this.duo.haalMeldingenOp([gemeente], Number(cursor.volgendeVanaf), PAGINA);
      } catch (fout) {
        if (fout instanceof DuoFout) {
          // The code only: DUO's errors never reach a log with their content.
          this.logger.event('warn', 'DUO ophalen mislukt', { component: 'duo-ophaling', gemeente, code: fout.code });
          throw new DomainError(fout.code, 'DUO is nu niet bereikbaar of gaf een onbruikbaar antwoord; de opgehaalde meldingen zijn bewaard, de rest volgt bij de volgende run.');
        }
        throw fout;
      }
      const resultaat = { opgehaald: 0, ingetrokken: 0, onverwerkbaar: 0 };
      for (const levering of pagina.leveringen) {
        const uitkomst = await this.verwerk(manager, gemeente, levering, correlationId);
        resultaat[uitkomst] += 1;
      }
      await manager.update(DuoOphalingEntity, { gemeente }, { volgendeVanaf: String(pagina.volgendeVanaf), laatstOpgehaaldOp: this.klok() });
      return { ...resultaat, leeg: pagina.leveringen.length === 0 || pagina.volgendeVanaf === Number(cursor.volgendeVanaf) };
    });
  }

  private async verwerk(manager: EntityManager, gemeente: string, levering: DuoLevering, correlationId: string): Promise<keyof Ophaalresultaat> {
    if (levering.soort === 'onleesbaar') {
      return this.onverwerkbaar(manager, gemeente, levering.volgnummer, levering.meldingsnummer, 'onleesbaar', levering.velden);
    }
    if (levering.soort === 'statuswijziging') {
      const index = await manager.findOneBy(DuoMeldingIndexEntity, { meldingsnummer: levering.meldingsnummer });
      if (index === null) {
        return this.onverwerkbaar(manager, gemeente, levering.volgnummer, levering.meldingsnummer, 'onbekende-melding', ['meldingsnummer']);
      }
      await this.publiceer(manager, gemeente, index.persoonSleutel, correlationId, {
        soort: 'ingetrokken',
        volgnummer: levering.volgnummer,
        meldingsnummer: levering.meldingsnummer,
        tijdstip: levering.tijdstip,
      });
      return 'ingetrokken';
    }
    const melding = levering.melding;
    if (melding.gemeente !== gemeente) {
      return this.onverwerkbaar(manager, gemeente, levering.volgnummer, melding.meldingsnummer, 'andere-gemeente', ['gemeente']);
    }
    if (melding.leerling.bsn === null) {
      // Only an onderwijsnummer: the platform keys every youth on the BSN; DUO's Gegevenskoppeling
      // (koppelingen §1.5) links the two, by hand, from the beheer list.
      return this.onverwerkbaar(manager, gemeente, levering.volgnummer, melding.meldingsnummer, 'geen-bsn', ['leerling.bsn']);
    }
    const persoonSleutel = this.verwerkingslog.pseudoniem(melding.leerling.bsn);
    const nieuw = await manager
      .createQueryBuilder()
      .insert()
      .into(DuoMeldingIndexEntity)
      .values({ meldingsnummer: melding.meldingsnummer, gemeente, persoonSleutel, volgnummer: String(levering.volgnummer) })
      .orIgnore()
      .returning('meldingsnummer')
      .execute();
    if ((nieuw.raw as unknown[]).length === 0) {
      return 'opgehaald'; // fetched before (a repeated page): its event exists already
    }
    try {
      await this.publiceer(manager, gemeente, persoonSleutel, correlationId, { soort: 'melding', volgnummer: levering.volgnummer, melding: alsPayload(melding, melding.leerling.bsn) });
    } catch (fout) {
      if (fout instanceof ContractViolation) {
        // Beyond our limits (e.g. a text over 2,000 characters): kept out, with the field names only.
        await manager.delete(DuoMeldingIndexEntity, { meldingsnummer: melding.meldingsnummer });
        return this.onverwerkbaar(manager, gemeente, levering.volgnummer, melding.meldingsnummer, 'buiten-grenzen', fout.issues.map((issue) => issue.path.replace(/^payload\.melding\./, '')));
      }
      throw fout;
    }
    return 'opgehaald';
  }

  private async publiceer(manager: EntityManager, gemeente: string, persoonSleutel: string, correlationId: string, payload: DuoMeldingOpgehaaldV1): Promise<void> {
    await this.outbox.add(manager, duoMeldingOpgehaaldV1, {
      gemeente,
      subjectKey: persoonSleutel,
      classification: this.instructies.voorGemeente(gemeente).regels.privacy.wpgGrens.verzuimmelding.waarde,
      correlationId,
      actor: { type: 'systeem', id: 'duo-ophaling' },
      payload,
    });
  }

  private async onverwerkbaar(manager: EntityManager, gemeente: string, volgnummer: number, meldingsnummer: string | null, reden: string, velden: string[]): Promise<'onverwerkbaar'> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(DuoOnverwerkbaarEntity)
      .values({ gemeente, volgnummer: String(volgnummer), meldingsnummer, reden, velden, ontvangenOp: this.klok() })
      .orIgnore()
      .execute();
    this.logger.event('warn', 'DUO-levering niet verwerkbaar', { component: 'duo-ophaling', gemeente, volgnummer, reden, velden: velden.join(',') });
    return 'onverwerkbaar';
  }
}

function alsPayload(melding: DuoVerzuimmelding, bsn: string): Extract<DuoMeldingOpgehaaldV1, { soort: 'melding' }>['melding'] {
  return {
    meldingsnummer: melding.meldingsnummer,
    registratietijdstip: melding.registratietijdstip,
    gemeente: melding.gemeente,
    leerling: { bsn, geboortedatum: melding.leerling.geboortedatum, naam: melding.leerling.naam },
    school: melding.school,
    beginDatum: melding.beginDatum,
    eindDatum: melding.eindDatum,
    duoCategorie: melding.duoCategorie,
    verzuimsoort: melding.verzuimsoort,
    vermoedelijkeReden: melding.vermoedelijkeReden,
    alleLessenGemist: melding.alleLessenGemist,
    actieDoorSchool: melding.actieDoorSchool,
    actieGemeenteGewenst: melding.actieGemeenteGewenst,
    melder: melding.melder,
    telefoonOuderOfLeerling: melding.telefoonOuderOfLeerling,
    afwijkendAdres: melding.afwijkendAdres,
    verzuimdagen: melding.verzuimdagen,
    verzuimuren: melding.verzuimuren,
    toelichtingSchool: melding.toelichtingSchool,
  };
}
