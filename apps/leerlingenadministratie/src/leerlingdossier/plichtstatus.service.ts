import { Injectable } from '@nestjs/common';
import { leerplichtStatus } from '@leerrecht/shared/util-leerplicht';
import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { KalenderError, NederlandseKalender } from '@leerrecht/shared/util-kalender';
import type { LeerlingEntity } from './leerling.entity';
import type { PlichtstatusModel } from './models/plichtstatus.model';

/** The plicht status of a known youth (administratie.md §3), for the dossier and the Jongere entity. */
@Injectable()
export class PlichtstatusService {
  constructor(
    private readonly instructies: InstructieRegister,
    private readonly kalender: NederlandseKalender,
  ) {}

  voor(leerling: LeerlingEntity, nu: Date): PlichtstatusModel | null {
    if (leerling.geboortedatum === null) return null;
    const peildatum = nu.toISOString().slice(0, 10);
    if (peildatum < leerling.geboortedatum) return null;
    try {
      const status = leerplichtStatus(
        {
          geboortedatum: leerling.geboortedatum,
          vakantieregio: this.instructies.voorGemeente(leerling.gemeente).vakantieregio,
          ...(leerling.startkwalificatieOp === null ? {} : { startkwalificatieBehaaldOp: leerling.startkwalificatieOp }),
          // Exemptions arrive from verlof-vrijstelling once that service emits them (issue: verlof en vrijstelling).
        },
        peildatum,
        this.kalender,
      );
      return {
        peildatum,
        soort: status.soort,
        leeftijd: status.leeftijd,
        vrijgesteld: status.vrijgesteld,
        leerplichtVanaf: status.leerplichtVanaf,
        volledigeLeerplichtTotEnMet: status.volledigeLeerplichtTotEnMet,
        kwalificatieplichtTotEnMet: status.kwalificatieplichtTotEnMet,
        reden: status.reden,
        bron: status.bron,
        aandachtspunten: status.aandachtspunten,
      };
    } catch (fout) {
      // A calendar gap that decides the answer: no status rather than a guess.
      if (fout instanceof KalenderError) return null;
      throw fout;
    }
  }
}
