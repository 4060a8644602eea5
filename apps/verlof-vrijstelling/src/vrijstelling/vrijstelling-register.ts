import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { duoSoortVanArtikel } from '../duo-register/duo-registratie.regels';
import { DuoRegistratieService } from '../duo-register/duo-registratie.service';
import type { VrijstellingEntity } from './vrijstelling.entity';

export interface RegisterGegevens {
  /** Postcode of the youth's address, 1234AB. */
  postcode: string;
  /** An earlier claim on this ground (Lpw art 6 lid 4–5; art 15 lid 3–4). */
  eerderBeroep: boolean;
}

function zaakVan(vrijstelling: VrijstellingEntity): string {
  const zaakId = vrijstelling.kennisgevingId ?? vrijstelling.art15AanvraagId;
  if (zaakId === null) throw new Error(`vrijstelling ${vrijstelling.id} zonder kennisgeving of aanvraag`);
  return zaakId;
}

/**
 * The one place where an exemption goes to DUO's register vrijstellingen en vervangende
 * leerplicht (koppelingen §3; 000 art 12 lid 5, 10, 13: "gemeld in het register
 * onderwijsdeelnemers"; 003 art 11 lid 5 c; Lpw art 15 lid 3–4), queued in the decision's own
 * transaction so the registration exists if and only if the exemption does. Art 5a (trekkend
 * bestaan) is not in the register's field list and is not registered (not in sources).
 */
@Injectable()
export class VrijstellingRegisterKoppeling {
  constructor(private readonly duo: DuoRegistratieService) {}

  async planRegistratie(manager: EntityManager, vrijstelling: VrijstellingEntity, gegevens: RegisterGegevens): Promise<void> {
    const soort = duoSoortVanArtikel(vrijstelling.artikel);
    if (soort === null) return;
    const gemeenschappelijk = {
      gemeente: vrijstelling.gemeente,
      postcode: gegevens.postcode,
      begindatum: vrijstelling.van,
      einddatum: vrijstelling.totEnMet,
      eerderBeroep: gegevens.eerderBeroep,
      bsn: vrijstelling.bsn,
      persoonSleutel: vrijstelling.persoonSleutel,
      zaakId: zaakVan(vrijstelling),
      besluitId: vrijstelling.besluitId,
    };
    await this.duo.plan(manager, soort.soort === 'vrijstelling-art5' ? { ...gemeenschappelijk, soort: soort.soort, grond: soort.grond } : { ...gemeenschappelijk, soort: soort.soort });
  }

  async planBeeindiging(manager: EntityManager, vrijstelling: VrijstellingEntity): Promise<void> {
    if (duoSoortVanArtikel(vrijstelling.artikel) === null || vrijstelling.laatsteDag === null) return;
    await this.duo.planBeeindiging(manager, { zaakId: zaakVan(vrijstelling), einddatum: vrijstelling.laatsteDag, besluitId: null });
  }
}
