import type { GemeenteInstructie } from '@leerrecht/shared/util-instructie';
import type { Kalender } from '@leerrecht/shared/util-kalender';
import { naarBesluit, naarBriefSamenvatting, naarVerklaring } from '../besluit/besluit.mapper';
import type { BesluitEntity } from '../besluit/besluit.entity';
import type { VerklaringEntity } from '../besluit/verklaring.entity';
import type { BriefEntity } from '../brief/brief.entity';
import type { BeslistermijnModel, StaptermijnModel, TermijnenModel, VervangendeLeerplichtModel, WerkregelModel } from './models/vervangende-leerplicht.model';
import { beslistermijnVervangendeLeerplicht, minimumLeeftijdBereikt, planAuteurSoort, stapStand, type StapStand } from './vervangende-leerplicht-regels';
import type { VervangendeLeerplichtEntity } from './vervangende-leerplicht.entity';

/** Everything the case view shows, read in one transaction. */
export interface VervangendeLeerplichtDossier {
  zaak: VervangendeLeerplichtEntity;
  besluit: BesluitEntity | null;
  brieven: BriefEntity[];
  verklaringen: VerklaringEntity[];
  peildatum: string;
}

function eersteDatum(datums: readonly string[]): string | null {
  return datums.length === 0 ? null : [...datums].sort()[0];
}

/** The first preparatory conversation: the conversations term is met once they have started. */
export function eersteGesprekOp(zaak: Pick<VervangendeLeerplichtEntity, 'gesprekken'>): string | null {
  return eersteDatum(zaak.gesprekken.filter((g) => g.soort === 'voorbereiding').map((g) => g.datum));
}

function staptermijn(stand: StapStand, regel: { bron: string; opmerking?: string }, gestart: boolean): StaptermijnModel {
  // A term the profile sets but whose starting step has not happened yet is not "geen-termijn".
  const status = !gestart && stand.status === 'geen-termijn' ? 'niet-gestart' : stand.status;
  return { uiterlijk: stand.uiterlijk, gedaanOp: stand.gedaanOp, status, teLaat: stand.teLaat, bron: regel.bron, opmerking: regel.opmerking ?? null };
}

/** The case's terms on the peildatum: conversations, informing the designers, the decision and the copies. */
export function termijnenVan(zaak: VervangendeLeerplichtEntity, instructie: GemeenteInstructie, kalender: Kalender, peildatum: string): TermijnenModel {
  const regels = instructie.regels.vervangendeLeerplicht;
  const gesprekken = staptermijn(stapStand(zaak.gesprekkenUiterlijk, eersteGesprekOp(zaak), peildatum), regels.gesprekkenTermijn, true);
  const informeren = staptermijn(
    stapStand(zaak.informerenUiterlijk, zaak.ontwerpersGeinformeerdOp, peildatum),
    regels.informerenTermijn,
    zaak.afsprakenVastgelegdOp !== null || regels.informerenTermijn.waarde === null,
  );
  let beslissen: BeslistermijnModel | null = null;
  if (zaak.verzoekOntvangenOp !== null) {
    const stand = beslistermijnVervangendeLeerplicht(
      { verzoekOntvangenOp: zaak.verzoekOntvangenOp, besluitOp: zaak.beslotenOp, peildatum, waarschuwing: instructie.regels.verlof.waarschuwingVoorVerstrijken },
      regels,
      kalender,
    );
    beslissen = {
      uiterlijk: stand.uiterlijk,
      waarschuwenVanaf: stand.waarschuwenVanaf,
      status: stand.status,
      teLaat: stand.status === 'verstreken' || stand.status === 'te-laat-besloten',
      bron: regels.beslistermijn.bron,
    };
  }
  const afschrift =
    zaak.beslotenOp === null
      ? null
      : staptermijn(stapStand(zaak.afschriftUiterlijk, eersteDatum(zaak.afschriften.map((a) => a.verzondenOp)), peildatum), regels.afschriftTermijn, true);
  return { gesprekken, informeren, beslissen, afschrift };
}

export function naarVervangendeLeerplicht(dossier: VervangendeLeerplichtDossier, instructie: GemeenteInstructie, kalender: Kalender): VervangendeLeerplichtModel {
  const { zaak } = dossier;
  return {
    id: zaak.id,
    gemeente: zaak.gemeente,
    bsn: zaak.bsn,
    jongereNaam: zaak.jongereNaam,
    geboortedatum: zaak.geboortedatum,
    leeftijdOpIngang: minimumLeeftijdBereikt(zaak.geboortedatum, zaak.van, instructie.regels.vervangendeLeerplicht).leeftijd,
    artikel: zaak.artikel,
    status: zaak.status,
    bevindingOp: zaak.bevindingOp,
    van: zaak.van,
    totEnMet: zaak.totEnMet,
    eerderToegestaan: zaak.eerderToegestaan,
    ouders: zaak.ouders.map((o) => ({ naam: o.naam, adres: o.adres })),
    planAuteurSoort: planAuteurSoort(zaak.artikel),
    plan: zaak.plan,
    gesprekken: [...zaak.gesprekken].sort((a, b) => a.datum.localeCompare(b.datum)),
    afspraken: zaak.afspraken,
    afsprakenVastgelegdOp: zaak.afsprakenVastgelegdOp,
    ontwerpers: zaak.ontwerpers,
    verzoekOntvangenOp: zaak.verzoekOntvangenOp,
    oudersOndertekendOp: zaak.oudersOndertekendOp,
    jongereOndertekendOp: zaak.jongereOndertekendOp,
    belastbaarheidsverklaringVereist: instructie.regels.vervangendeLeerplicht.belastbaarheidsverklaring.waarde,
    verklaringen: dossier.verklaringen.map(naarVerklaring),
    termijnen: termijnenVan(zaak, instructie, kalender, dossier.peildatum),
    besluit: dossier.besluit === null ? null : naarBesluit(dossier.besluit),
    afschriften: zaak.afschriften.map((a) => ({ aan: a.aan, rol: a.rol, verzondenOp: a.verzondenOp })),
    arbeidsinspectieVereist: zaak.arbeidsinspectieVereist,
    arbeidsinspectieBriefId: zaak.arbeidsinspectieBriefId,
    laatsteDag: zaak.laatsteDag,
    eindeReden: zaak.eindeReden,
    brieven: dossier.brieven.map(naarBriefSamenvatting),
    instructieVersie: zaak.instructieVersie,
    peildatum: dossier.peildatum,
  };
}

/** What the officer does next, in the order of 000 art 10 and 003 art 9. */
export function volgendeStap(zaak: VervangendeLeerplichtEntity, belastbaarheidOntbreekt: boolean): string | null {
  switch (zaak.status) {
    case 'gesprekken':
      if (eersteGesprekOp(zaak) === null) return 'gesprekken voeren';
      return 'afspraken schriftelijk vastleggen';
    case 'afspraken-vastgelegd':
      if (zaak.ontwerpersGeinformeerdOp === null) return 'ontwerpers informeren';
      if (zaak.plan === null) return 'plan van aanpak ontvangen';
      return 'verzoek laten ondertekenen en indienen';
    case 'verzoek-ingediend':
      if (zaak.oudersOndertekendOp === null) return 'handtekening van de ouders';
      if (zaak.plan === null) return 'plan van aanpak ontvangen';
      if (belastbaarheidOntbreekt) return 'verklaring over de belastbaarheid';
      return 'besluiten';
    case 'toegestaan':
    case 'afgewezen':
      return zaak.afschriften.length === 0 ? 'afschriften verzenden' : null;
    case 'beeindigd':
      return null;
  }
}

const STAPNAMEN: Readonly<Record<keyof TermijnenModel, string>> = {
  gesprekken: 'gesprekken',
  informeren: 'ontwerpers informeren',
  beslissen: 'besluiten',
  afschrift: 'afschriften',
};

/** A row of the work list: the next step, the earliest open last day and every step that is late. */
export function naarWerkregel(zaak: VervangendeLeerplichtEntity, termijnen: TermijnenModel, belastbaarheidOntbreekt: boolean): WerkregelModel {
  const open: string[] = [];
  const teLaat: string[] = [];
  for (const sleutel of Object.keys(STAPNAMEN) as (keyof TermijnenModel)[]) {
    const termijn = termijnen[sleutel];
    if (termijn === null) continue;
    if (termijn.teLaat) teLaat.push(STAPNAMEN[sleutel]);
    const lopend = 'gedaanOp' in termijn ? termijn.gedaanOp === null : termijn.status !== 'tijdig-besloten' && termijn.status !== 'te-laat-besloten';
    if (lopend && termijn.uiterlijk !== null) open.push(termijn.uiterlijk);
  }
  return {
    id: zaak.id,
    bsn: zaak.bsn,
    jongereNaam: zaak.jongereNaam,
    artikel: zaak.artikel,
    status: zaak.status,
    volgendeStap: volgendeStap(zaak, belastbaarheidOntbreekt),
    eerstvolgendeUiterlijk: eersteDatum(open),
    teLaat: teLaat.length > 0,
    teLaatStappen: teLaat,
    beslistermijnStatus: termijnen.beslissen?.status ?? null,
    van: zaak.van,
    totEnMet: zaak.totEnMet,
  };
}
