import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { BrpFout, type BrpBron, type BrpMutatie, type BrpPersoon } from '@leerrecht/leerlingenadministratie/data-access-brp';
import { termijnEinde } from '@leerrecht/leerlingenadministratie/util-absoluut-verzuim';
import { persoonVerhuisdV1 } from '@leerrecht/shared/contracts-events';
import { OutboxWriter } from '@leerrecht/shared/data-access-bus';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import type { Principal, RequestContext } from '@leerrecht/shared/feature-auth';
import { DomainError, Verwerkingslog, vereisGemeente } from '@leerrecht/shared/feature-subgraph';
import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { NederlandseKalender } from '@leerrecht/shared/util-kalender';
import { BRP_BRON } from '../kern/kern.module';
import { BrpMutatieEntity } from './brp-mutatie.entity';
import { BrpSynchronisatieEntity } from './brp-synchronisatie.entity';
import { mutatieFout, mutatieHash, naarPersoonRij } from './brp-mutatie.verwerking';
import { schrijfPersonen } from './populatie.repository';
import { verwerkVerhuizing } from './verhuizing';

export type MutatieUitkomst = 'verwerkt' | 'buiten-populatie' | 'herhaald' | 'geweigerd';

export interface MutatieResultaat {
  mutatieId: string;
  uitkomst: MutatieUitkomst;
  /** Code of a refusal (ONGELDIG_BSN, MUTATIE_ID_HERGEBRUIKT, …); never a value. */
  code: string | null;
  teLaat: boolean;
}

export interface SynchronisatieResultaat {
  gemeente: string;
  mutaties: MutatieResultaat[];
}

/** A feed page is at most this long; a run reads pages until the feed is empty or this many pages. */
const MAX_PAGINAS = 1000;

function vandaag(nu: Date): string {
  return nu.toISOString().slice(0, 10);
}

/**
 * Keeps each gemeente's population current from the BRP mutation feed (Lpw art 19; 000 art 3
 * lid 3: at least weekly, daily if possible). Each mutation is processed in its own transaction
 * and recorded per gemeente, so a replay is recognised (idempotent), the same id with other
 * content is refused, and a run that stops half-way resumes where it was.
 */
@Injectable()
export class BrpSynchronisatieService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly verwerkingslog: Verwerkingslog,
    private readonly instructies: InstructieRegister,
    private readonly outbox: OutboxWriter,
    private readonly kalender: NederlandseKalender,
    @Inject(BRP_BRON) private readonly brp: BrpBron,
  ) {}

  private bediend(gemeente: string | undefined | null): gemeente is string {
    return gemeente !== undefined && gemeente !== null && this.instructies.gemeenten().includes(gemeente);
  }

  /** Runs the feed for each gemeente the caller works for; refuses a gemeente the centre does not serve. */
  async synchroniseer(gemeenten: readonly string[], principal: Principal, request: RequestContext, nu = new Date()): Promise<SynchronisatieResultaat[]> {
    const resultaten: SynchronisatieResultaat[] = [];
    for (const gemeente of gemeenten) {
      vereisGemeente(principal, gemeente);
      if (!this.bediend(gemeente)) throw new DomainError('ONBEKENDE_GEMEENTE', 'Deze gemeente wordt niet door dit centrum bediend.', 'gemeente');
    }
    for (const gemeente of gemeenten) {
      resultaten.push({ gemeente, mutaties: await this.synchroniseerGemeente(gemeente, principal, request, nu) });
    }
    return resultaten;
  }

  private async synchroniseerGemeente(gemeente: string, principal: Principal, request: RequestContext, nu: Date): Promise<MutatieResultaat[]> {
    const stand = await inTenantTransaction(this.dataSource, [gemeente], (manager) => manager.findOne(BrpSynchronisatieEntity, { where: { gemeente } }));
    let vanaf = Number(stand?.volgendeVanaf ?? 0);
    const resultaten: MutatieResultaat[] = [];
    try {
      for (let pagina = 0; pagina < MAX_PAGINAS; pagina++) {
        const { wijzigingen, volgendeVanaf } = await this.brp.wijzigingen([gemeente], vanaf);
        if (wijzigingen.length === 0) {
          // The cursor may move past other gemeenten' mutations even on an empty page.
          vanaf = Math.max(vanaf, volgendeVanaf);
          break;
        }
        const geldig = wijzigingen.filter((m) => mutatieFout(m) === null);
        // Deceased persons too: an overlijden mutation must reach the administration (close, never write to the parents).
        const personen = new Map((await this.brp.raadpleeg([...new Set(geldig.map((m) => m.bsn))], { inclusiefOverledenPersonen: true })).map((p) => [p.bsn, p]));
        for (const mutatie of wijzigingen) {
          resultaten.push(await this.verwerkMutatie(gemeente, mutatie, personen.get(mutatie.bsn), principal, request, nu));
        }
        vanaf = volgendeVanaf;
        await this.bewaarStand(gemeente, { volgendeVanaf: String(vanaf) });
      }
      await this.bewaarStand(gemeente, { volgendeVanaf: String(vanaf), laatstGeluktOp: nu, laatsteFout: null });
    } catch (fout) {
      if (fout instanceof BrpFout) {
        await this.bewaarStand(gemeente, { volgendeVanaf: String(vanaf), laatsteFout: fout.code });
        if (fout.code === 'BRP_ONGELDIG_ANTWOORD' || fout.code === 'BRP_ONVOLLEDIGE_DATUM') {
          // A malformed page (e.g. a BSN failing the elfproef) is refused whole: nothing of it is applied.
          throw new DomainError('BRP_ONGELDIG_ANTWOORD', 'De BRP leverde een ongeldige mutatie; niets van die levering is verwerkt. Meld dit bij het beheer van de BRP-koppeling.');
        }
        throw new DomainError('BRP_NIET_BESCHIKBAAR', 'De BRP is nu niet bereikbaar; de verwerkte mutaties zijn bewaard, de rest volgt bij de volgende run.');
      }
      throw fout;
    }
    return resultaten;
  }

  private async bewaarStand(gemeente: string, stand: Partial<BrpSynchronisatieEntity>): Promise<void> {
    await inTenantTransaction(this.dataSource, [gemeente], async (manager) => {
      await manager.upsert(BrpSynchronisatieEntity, { gemeente, ...stand }, ['gemeente']);
    });
  }

  /** Overdue when processed later than the configured term after the BRP registered it (000 art 3 lid 3). */
  private isTeLaat(gemeente: string, geregistreerdOp: Date, nu: Date): boolean {
    const termijn = this.instructies.voorGemeente(gemeente).regels.administratie.brpMutatieFrequentie;
    const uiterlijk = termijnEinde(vandaag(geregistreerdOp), { aantal: termijn.aantal, eenheid: termijn.eenheid }, this.kalender);
    return vandaag(nu) > uiterlijk;
  }

  async verwerkMutatie(gemeente: string, mutatie: BrpMutatie, persoon: BrpPersoon | undefined, principal: Principal, request: RequestContext, nu: Date): Promise<MutatieResultaat> {
    const naar = mutatie.gemeente;
    const van = mutatie.vorigeGemeente ?? null;
    const verhuizing = van !== null && van !== naar;
    const tenant = [...new Set([gemeente, ...(this.bediend(naar) ? [naar] : []), ...(verhuizing && this.bediend(van) ? [van] : [])])];
    const hash = mutatieHash(mutatie);
    return inTenantTransaction(this.dataSource, tenant, async (manager) => {
      const bestaand = await manager.findOne(BrpMutatieEntity, { where: { gemeente, mutatieId: mutatie.mutatieId } });
      if (bestaand !== null) {
        if (bestaand.inhoudHash === hash) return { mutatieId: mutatie.mutatieId, uitkomst: 'herhaald', code: null, teLaat: bestaand.teLaat };
        // Same id, other content: the feed is inconsistent; refuse and change nothing.
        return { mutatieId: mutatie.mutatieId, uitkomst: 'geweigerd', code: 'MUTATIE_ID_HERGEBRUIKT', teLaat: false };
      }
      const fout = mutatieFout(mutatie);
      const geregistreerdOp = fout?.veld === 'geregistreerdOp' ? nu : new Date(mutatie.geregistreerdOp);
      const teLaat = this.isTeLaat(gemeente, geregistreerdOp, nu);
      const sleutel = this.verwerkingslog.pseudoniem(mutatie.bsn);
      let uitkomst: MutatieUitkomst = 'geweigerd';
      let code: string | null = fout?.code ?? null;
      if (fout === null) {
        if (persoon === undefined) {
          // Not returned: deceased (excluded by the BRP query) or not found.
          uitkomst = await this.zonderPersoon(manager, gemeente, mutatie);
          code = uitkomst === 'geweigerd' ? 'PERSOON_NIET_GEVONDEN' : null;
        } else {
          uitkomst = await this.metPersoon(manager, gemeente, mutatie, persoon, sleutel, request, principal, nu);
        }
      }
      await manager.insert(BrpMutatieEntity, {
        gemeente,
        mutatieId: mutatie.mutatieId,
        volgnummer: String(mutatie.volgnummer),
        persoonSleutel: sleutel,
        soort: mutatie.soort,
        vorigeGemeente: van,
        datumGebeurtenis: fout?.veld === 'datumGebeurtenis' ? vandaag(nu) : mutatie.datumGebeurtenis,
        geregistreerdOp,
        verwerktOp: nu,
        uitkomst: uitkomst === 'herhaald' ? 'verwerkt' : uitkomst,
        reden: code,
        teLaat,
        inhoudHash: hash,
      });
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene: sleutel, gemeente, activiteit: 'brp-bijhouden', reden: code });
      return { mutatieId: mutatie.mutatieId, uitkomst, code, teLaat };
    });
  }

  private async zonderPersoon(manager: EntityManager, gemeente: string, mutatie: BrpMutatie): Promise<MutatieUitkomst> {
    if (mutatie.soort !== 'overlijden') return 'geweigerd';
    await manager.query(
      `UPDATE leerlingenadministratie.leerling SET overleden_op = $3, in_populatie = false, updated_at = now() WHERE gemeente = $1 AND bsn = $2`,
      [gemeente, mutatie.bsn, mutatie.datumGebeurtenis],
    );
    return 'verwerkt';
  }

  private async metPersoon(
    manager: EntityManager,
    gemeente: string,
    mutatie: BrpMutatie,
    persoon: BrpPersoon,
    sleutel: string,
    request: RequestContext,
    principal: Principal,
    nu: Date,
  ): Promise<MutatieUitkomst> {
    const peildatum = vandaag(nu);
    const schrijf = async (g: string): Promise<{ leerlingId: string | null; inPopulatie: boolean }> => {
      const leeftijd = this.instructies.voorGemeente(g).regels.administratie.populatieLeeftijd.waarde;
      const rij = naarPersoonRij(persoon, sleutel, g, leeftijd, peildatum);
      const ids = await schrijfPersonen(manager, g, [rij], nu);
      return { leerlingId: ids.get(persoon.bsn) ?? null, inPopulatie: rij.inPopulatie };
    };
    const naar = persoon.gemeenteVanInschrijving;
    const van = mutatie.vorigeGemeente ?? null;
    if (van === null || van === naar) {
      const { inPopulatie } = await schrijf(gemeente);
      return inPopulatie ? 'verwerkt' : 'buiten-populatie';
    }
    // A move (administratie.md §2.2): write the youth in the new gemeente if the centre serves it,
    // then let the old one hand over. Both feeds carry the move; both runs come to the same state.
    const nieuw = this.bediend(naar) ? await schrijf(naar) : { leerlingId: null, inPopulatie: false };
    if (this.bediend(van)) {
      const uitkomst = await verwerkVerhuizing(manager, {
        bsn: persoon.bsn,
        vanGemeente: van,
        naarGemeente: naar,
        naarLeerlingId: nieuw.leerlingId,
        verhuisdOp: mutatie.datumGebeurtenis,
        mutatieId: mutatie.mutatieId,
      });
      const melder = this.bediend(naar) ? naar : van;
      if (uitkomst.bekend && gemeente === melder) {
        await this.outbox.add(manager, persoonVerhuisdV1, {
          gemeente: melder,
          subjectKey: sleutel,
          classification: 'AVG',
          correlationId: request.trace.traceId,
          causationId: null,
          actor: { type: principal.type === 'partner' ? 'partner' : 'gebruiker', id: principal.clientId },
          payload: { vanGemeente: van, naarGemeente: naar, verhuisdOp: mutatie.datumGebeurtenis, dossierOvergedragen: uitkomst.dossierOvergedragen },
        });
      }
    }
    return gemeente === naar ? (nieuw.inPopulatie ? 'verwerkt' : 'buiten-populatie') : 'verwerkt';
  }
}
