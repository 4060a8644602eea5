import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { termijnEinde } from '@leerrecht/leerlingenadministratie/util-absoluut-verzuim';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import type { Principal } from '@leerrecht/shared/feature-auth';
import { vereisGemeente } from '@leerrecht/shared/feature-subgraph';
import { InstructieRegister, beschrijfTermijn } from '@leerrecht/shared/util-instructie';
import { NederlandseKalender } from '@leerrecht/shared/util-kalender';
import { BrpSynchronisatieEntity } from './brp-synchronisatie.entity';
import type { BrpBijhoudingModel } from './models/brp.model';

/** The operational view of the BRP feed per gemeente: counts and flags, no personal data. */
@Injectable()
export class BrpBijhoudingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly instructies: InstructieRegister,
    private readonly kalender: NederlandseKalender,
  ) {}

  async stand(gemeente: string, principal: Principal, nu = new Date()): Promise<BrpBijhoudingModel> {
    vereisGemeente(principal, gemeente);
    const termijn = this.instructies.voorGemeente(gemeente).regels.administratie.brpMutatieFrequentie;
    return inTenantTransaction(this.dataSource, [gemeente], async (manager) => {
      const stand = await manager.findOne(BrpSynchronisatieEntity, { where: { gemeente } });
      const [tellingen]: { te_laat: number; geweigerd: number; populatie: number }[] = await manager.query(
        `SELECT (SELECT count(*)::int FROM leerlingenadministratie.brp_mutatie WHERE gemeente = $1 AND te_laat AND verwerkt_op > now() - interval '90 days') AS te_laat,
                (SELECT count(*)::int FROM leerlingenadministratie.brp_mutatie WHERE gemeente = $1 AND uitkomst = 'geweigerd' AND verwerkt_op > now() - interval '90 days') AS geweigerd,
                (SELECT count(*)::int FROM leerlingenadministratie.leerling WHERE gemeente = $1 AND in_populatie) AS populatie`,
        [gemeente],
      );
      const laatst = stand?.laatstGeluktOp ?? null;
      // 000 art 3 lid 3: mutations at least weekly; without a successful run within the term the feed is behind.
      const achterstallig =
        laatst === null ||
        nu.toISOString().slice(0, 10) > termijnEinde(laatst.toISOString().slice(0, 10), { aantal: termijn.aantal, eenheid: termijn.eenheid }, this.kalender);
      return {
        gemeente,
        laatstGeluktOp: laatst,
        achterstallig,
        termijn: `${beschrijfTermijn(termijn)} (${termijn.bron})`,
        teLaatVerwerkt: tellingen?.te_laat ?? 0,
        geweigerd: tellingen?.geweigerd ?? 0,
        laatsteFout: stand?.laatsteFout ?? null,
        populatie: tellingen?.populatie ?? 0,
      };
    });
  }
}
