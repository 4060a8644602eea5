import type { EntityManager } from 'typeorm';
import { IsNull, Not, In } from 'typeorm';
import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { bewaartermijn } from '@leerrecht/verzuim/util-verzuimregels';
import { VerzuimmeldingEntity } from '../verzuimmelding/verzuimmelding.entity';
import { legVast } from './tijdlijn';
import { VerzuimzaakEntity } from './verzuimzaak.entity';
import { ZaakTaakEntity } from './zaak-taak.entity';

const EINDSTATUSSEN = ['afgesloten', 'ter-kennisgeving-aangenomen', 'ingetrokken'] as const;

/**
 * Closes a case that has nothing left to investigate: every melding is withdrawn by the school or
 * taken for notice by the administration (koppelingen §1.4: Ingetrokken → closed administratively
 * with that reason). Its open tasks end with the reason written down, so the timeline explains
 * why prescribed steps were not taken (000 art 2 lid 6). No letters: nothing was investigated.
 */
export async function sluitAlsNietsMeerLoopt(
  manager: EntityManager,
  zaak: VerzuimzaakEntity,
  opties: { reden: string; uitleg: string; datum: string; op: Date; actor: string; instructies: InstructieRegister },
): Promise<boolean> {
  const lopend = await manager.count(VerzuimmeldingEntity, { where: { zaakId: zaak.id, status: Not(In([...EINDSTATUSSEN])) } });
  if (lopend > 0 || zaak.status === 'gesloten' || zaak.absoluutProcedureId !== null) return false;
  await manager.update(
    ZaakTaakEntity,
    { zaakId: zaak.id, status: 'open', afgerondOp: IsNull() },
    { status: 'overgeslagen', afgerondOp: opties.datum, afgerondDoor: opties.actor, uitleg: opties.uitleg },
  );
  const regels = opties.instructies.voorGemeente(zaak.gemeente).regels;
  const bewaren = bewaartermijn({ classificatie: zaak.classificatie, geboortedatum: zaak.geboortedatum, soort: zaak.soort, geslotenOp: opties.datum, regels });
  await manager.update(VerzuimzaakEntity, { id: zaak.id }, { status: 'gesloten', geslotenOp: opties.op, afsluitreden: opties.reden, bewarenTot: bewaren.bewaarTot, bewaartermijnGrondslag: bewaren.grondslag });
  await legVast(manager, zaak, { soort: 'zaak-gesloten', omschrijving: `Zaak administratief gesloten: ${opties.reden}`, uitleg: opties.uitleg, datum: opties.datum, actor: opties.actor });
  return true;
}
