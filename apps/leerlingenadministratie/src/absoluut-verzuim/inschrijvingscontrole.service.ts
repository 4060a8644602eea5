import { Injectable } from '@nestjs/common';
import { DataSource, In, Not } from 'typeorm';
import { isKandidaat, startProcedure, volgendeStap, type AbsoluutVerzuimProcedure } from '@leerrecht/leerlingenadministratie/util-absoluut-verzuim';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import type { Principal, RequestContext } from '@leerrecht/shared/feature-auth';
import { Verwerkingslog, vereisDatum, vereisGemeente } from '@leerrecht/shared/feature-subgraph';
import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { KalenderError, NederlandseKalender } from '@leerrecht/shared/util-kalender';
import { AbsoluutVerzuimProcedureEntity } from './absoluut-verzuim-procedure.entity';
import { AbsoluutVerzuimProcedureService } from './absoluut-verzuim-procedure.service';
import { InschrijvingscontroleEntity } from './inschrijvingscontrole.entity';
import { naarPlichtgegevens } from '../vrijstelling/vrijstelling.repository';
import { telPopulatie, zoekKandidaten } from './kandidaten.repository';

export interface ControleResultaat {
  controle: InschrijvingscontroleEntity;
  administratieveRoute: number;
  /** Rows the rule could not decide (a calendar gap that matters on this peildatum); checked by hand. */
  nietBeoordeeld: number;
}

const AFGESLOTEN = ['afgesloten-administratief', 'afgesloten-ingeschreven'] as const;

/** The rule, or null when the calendar lacks a year that decides the answer (KalenderError: never a guess). */
function beoordeel<T>(regel: () => T): T | null {
  try {
    return regel();
  } catch (fout) {
    if (fout instanceof KalenderError) return null;
    throw fout;
  }
}

/**
 * The absolute-verzuim check of one gemeente on a peildatum (Lpw art 19; 000 art 3 lid 7: at the
 * start of the school year and then weekly). One transaction: new candidates get a procedure that
 * starts with the administrative check (000 art 8 lid 1; 003 art 7 lid 1 a); running procedures
 * whose reply term after the second letter has passed are escalated (§5.2 step 7); the run is
 * recorded with its counts (§5.3).
 */
@Injectable()
export class InschrijvingscontroleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly instructies: InstructieRegister,
    private readonly kalender: NederlandseKalender,
    private readonly verwerkingslog: Verwerkingslog,
    private readonly procedures: AbsoluutVerzuimProcedureService,
  ) {}

  async voerUit(gemeente: string, peildatum: string, principal: Principal, request: RequestContext, nu = new Date()): Promise<ControleResultaat> {
    vereisGemeente(principal, gemeente);
    vereisDatum(peildatum, 'peildatum');
    const instructie = this.instructies.voorGemeente(gemeente);
    const regels = instructie.regels;
    const start = performance.now();
    return inTenantTransaction(this.dataSource, [gemeente], async (manager) => {
      const populatie = await telPopulatie(manager, gemeente);
      const rijen = await zoekKandidaten(manager, gemeente, peildatum);
      const nieuw: { leerlingId: string; sleutel: string; route: string; toestand: AbsoluutVerzuimProcedure; volgendeActie: string }[] = [];
      let nietBeoordeeld = 0;
      for (const rij of rijen) {
        const { vrijstellingen, vervangendeLeerplicht } = naarPlichtgegevens(rij.vrijstellingen);
        const uitkomst = beoordeel(() => isKandidaat(
          {
            jongere: {
              geboortedatum: rij.geboortedatum,
              vakantieregio: instructie.vakantieregio,
              ...(rij.startkwalificatie_op === null ? {} : { startkwalificatieBehaaldOp: rij.startkwalificatie_op }),
              // Lpw art 5, 5a, 15 (administratie.md §5.2 step 1): the rule answers 'vrijgesteld'.
              vrijstellingen,
            },
            inschrijvingen: [],
            // Lpw art 3a/3b: the rule answers 'vervangende-leerplicht'.
            vervangendeLeerplicht,
            // 000 art 12 lid 9; 003 art 11 lid 5: not a candidate before the parents' term to enrol has passed.
            inschrijvingstermijnen: rij.inschrijvingstermijnen.map((t) => ({ gegevenOp: t.gegeven_op, inschrijvenUiterlijk: t.inschrijven_uiterlijk })),
            buitenlandseMinderjarigeStudent: rij.buitenlandse_student,
          },
          peildatum,
          regels,
          this.kalender,
        ));
        if (uitkomst === null) {
          nietBeoordeeld++;
          continue;
        }
        if (!uitkomst.kandidaat || uitkomst.route === undefined) continue;
        const toestand = startProcedure(peildatum, instructie.vakantieregio);
        nieuw.push({ leerlingId: rij.id, sleutel: rij.persoon_sleutel, route: uitkomst.route, toestand, volgendeActie: volgendeStap(toestand, peildatum, regels, this.kalender).soort });
      }

      const controle = await manager.save(
        manager.create(InschrijvingscontroleEntity, {
          gemeente,
          peildatum,
          uitgevoerdOp: nu,
          uitgevoerdDoor: principal.id,
          populatie,
          kandidaten: rijen.length,
          nieuweProcedures: nieuw.length,
          geescaleerd: 0,
          duurMs: 0,
          instructieVersie: instructie.versieSleutel,
        }),
      );
      if (nieuw.length > 0) {
        await manager.query(
          `INSERT INTO leerlingenadministratie.absoluut_verzuim_procedure (gemeente, leerling_id, controle_id, route, status, toestand, volgende_actie, uiterlijk, instructie_versie)
           SELECT $1, n.leerling_id, $2, n.route, 'administratieve-controle', n.toestand, n.volgende_actie, NULL, $3
           FROM jsonb_to_recordset($4::jsonb) AS n(leerling_id uuid, route text, toestand jsonb, volgende_actie text)`,
          [gemeente, controle.id, instructie.versieSleutel, JSON.stringify(nieuw.map((n) => ({ leerling_id: n.leerlingId, route: n.route, toestand: n.toestand, volgende_actie: n.volgendeActie })))],
        );
        await this.verwerkingslog.legVoorBetrokkenen(manager, request, principal, gemeente, nieuw.map((n) => n.sleutel));
      }

      // Running procedures: refresh the next action; escalate when the letters are exhausted (§5.2 step 7).
      const lopend = await manager.find(AbsoluutVerzuimProcedureEntity, { where: { gemeente, status: Not(In([...AFGESLOTEN, 'geëscaleerd'])) } });
      let geescaleerd = 0;
      for (const procedure of lopend) {
        if (await this.procedures.werkBij(manager, procedure, peildatum, principal, request)) geescaleerd++;
      }
      controle.kandidaten = nieuw.length;
      controle.geescaleerd = geescaleerd;
      controle.duurMs = Math.round(performance.now() - start);
      await manager.save(controle);
      return { controle, administratieveRoute: nieuw.filter((n) => n.route === 'administratieve-route').length, nietBeoordeeld };
    });
  }
}
