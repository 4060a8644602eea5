import { TAAK_OMSCHRIJVING, type TaakSoort } from '@leerrecht/verzuim/util-verzuimregels';
import type { BerichtEntity } from '../terugkoppeling/bericht.entity';
import type { TerugkoppelingEntity } from '../terugkoppeling/terugkoppeling.entity';
import type { VerzuimmeldingEntity } from '../verzuimmelding/verzuimmelding.entity';
import type { MaatregelverzoekEntity } from './maatregelverzoek.entity';
import type { BerichtModel, MaatregelverzoekModel, TaakregelModel, VerzuimzaakModel, ZaakmeldingModel, ZaakstandModel, ZaaktaakModel } from './models/verzuimzaak.model';
import type { VerzuimzaakEntity } from './verzuimzaak.entity';
import type { Taakregel, Zaakdossier } from './werkvoorraad.service';
import type { ZaakTaakEntity } from './zaak-taak.entity';

/** Entities → GraphQL models: a table change does not leak into the supergraph. */

export function alsZaakmelding(melding: VerzuimmeldingEntity, terugkoppelingen: readonly TerugkoppelingEntity[] = []): ZaakmeldingModel {
  const b = melding.beoordeling;
  return {
    id: melding.id,
    kanaal: melding.kanaal,
    externId: melding.externId,
    status: melding.status,
    verzuimsoort: melding.verzuimsoort,
    schoolBrin: melding.schoolBrin,
    onderwijssoort: melding.onderwijssoort,
    beginDatum: melding.beginDatum,
    eindDatum: melding.eindDatum,
    verzuimUren: melding.verzuimUren === null ? null : Number(melding.verzuimUren),
    verzuimdagen: melding.verzuimdagen === null ? null : Number(melding.verzuimdagen),
    keerTeLaat: melding.keerTeLaat,
    ontvangenOp: melding.ontvangenOp,
    vermoedelijkeReden: melding.vermoedelijkeReden,
    actieDoorSchool: melding.actieDoorSchool,
    melderNaam: melding.melder?.naam ?? null,
    melderIsDirecteur: melding.melder?.isDirecteur ?? null,
    afsluitreden: melding.afsluitreden,
    afsluittoelichting: melding.afsluittoelichting,
    classificatie: melding.classificatie,
    beoordeling:
      b === null
        ? null
        : {
            wettelijkVerzuim: b.wettelijkVerzuim,
            vensterVan: b.venster?.van ?? null,
            vensterTotEnMet: b.venster?.totEnMet ?? null,
            urenInVenster: b.urenInVenster,
            zaaksoortToelichting: b.zaaksoortToelichting,
            luxeVerzuimVoorstel: b.luxeVerzuim?.voorstel ?? null,
            luxeVerzuimBron: b.luxeVerzuim?.bron ?? null,
            luxeVerzuimToelichting: b.luxeVerzuim?.toelichting ?? null,
            luxeVerzuimSchooldagen: b.luxeVerzuim?.schooldagen ?? null,
            luxeVerzuimSchooldagenBinnenVerlof: b.luxeVerzuim?.schooldagenBinnenVerlof ?? null,
            luxeVerzuimVerleendVerlof: b.luxeVerzuim?.verleendVerlof?.map((p) => ({ van: p.van, totEnMet: p.totEnMet })) ?? null,
            eersteOvertreding: b.luxeVerzuim?.eersteOvertreding ?? null,
            teLaatActie: b.teLaat?.actie ?? null,
            teLaatOmschrijving: b.teLaat?.omschrijving ?? null,
            onderMeldgrens: b.onderMeldgrens,
          },
    terugkoppelingen: terugkoppelingen
      .filter((t) => t.meldingId === melding.id)
      .map((t) => ({ status: t.status, acties: t.acties, afsluitreden: t.afsluitreden, toelichting: t.toelichting, vastgelegdOp: t.vastgelegdOp })),
  };
}

export function alsZaaktaak(taak: ZaakTaakEntity, peildatum: string): ZaaktaakModel {
  const teLaat = taak.uiterlijk !== null && (taak.status === 'open' ? peildatum > taak.uiterlijk : (taak.afgerondOp ?? '') > taak.uiterlijk);
  return {
    id: taak.id,
    soort: taak.soort,
    omschrijving: TAAK_OMSCHRIJVING[taak.soort],
    uiterlijk: taak.uiterlijk,
    bron: taak.bron,
    status: taak.status,
    afgerondOp: taak.afgerondOp,
    afgerondDoor: taak.afgerondDoor,
    uitleg: taak.uitleg,
    teLaat,
    meldingId: taak.meldingId,
  };
}

export function alsBericht(bericht: BerichtEntity): BerichtModel {
  return { soort: bericht.soort, ontvanger: bericht.ontvanger, inhoudelijk: bericht.inhoudelijk, kenmerk: bericht.kenmerk, datum: bericht.datum, tekst: bericht.tekst };
}

export function alsMaatregelverzoek(verzoek: MaatregelverzoekEntity): MaatregelverzoekModel {
  return { id: verzoek.id, maatregel: verzoek.maatregel, tegen: verzoek.tegen, datum: verzoek.datum, voorstel: verzoek.voorstel, eersteOvertreding: verzoek.feiten['eersteOvertreding'] === true };
}

export function alsTaakregel(taak: Taakregel): TaakregelModel {
  return { ...taak, omschrijving: TAAK_OMSCHRIJVING[taak.soort as TaakSoort] ?? taak.soort, teLaat: taak.dagenTeLaat > 0 };
}

export function alsVerzuimzaak(dossier: Zaakdossier): VerzuimzaakModel {
  const { zaak } = dossier;
  return {
    id: zaak.id,
    gemeente: zaak.gemeente,
    bsn: zaak.bsn,
    geboortedatum: zaak.geboortedatum,
    leeftijd: dossier.leeftijd,
    soort: zaak.soort,
    status: zaak.status,
    triage: zaak.triage,
    behandelaar: zaak.behandelaar,
    fase: zaak.fase,
    fasen: [...dossier.fasen],
    routes: zaak.routes,
    besprokenInZat: zaak.besprokenInZat,
    ongeoorloofdVastgesteld: zaak.ongeoorloofdVastgesteld,
    classificatie: zaak.classificatie,
    instructieVersie: zaak.instructieVersie,
    geopendOp: zaak.geopendOp,
    geslotenOp: zaak.geslotenOp,
    afsluitreden: zaak.afsluitreden,
    afsluittoelichting: zaak.afsluittoelichting,
    bewarenTot: zaak.bewarenTot,
    bewaartermijnGrondslag: zaak.bewaartermijnGrondslag,
    meldingen: dossier.meldingen.map((m) => alsZaakmelding(m, dossier.terugkoppelingen)),
    taken: dossier.taken.map((t) => alsZaaktaak(t, dossier.peildatum)),
    tijdlijn: dossier.tijdlijn.map((g) => ({ soort: g.soort, omschrijving: g.omschrijving, uitleg: g.uitleg, afwijkingMas: g.afwijkingMas, datum: g.datum, actor: g.actor })),
    toestemmingen: dossier.toestemmingen.map((t) => ({ id: t.id, gever: t.gever, reikwijdte: t.reikwijdte, gegevenOp: t.gegevenOp, ingetrokkenOp: t.ingetrokkenOp })),
    maatregelverzoeken: dossier.maatregelverzoeken.map(alsMaatregelverzoek),
    mogelijkeMaatregelen: dossier.mogelijkeMaatregelen,
    berichten: dossier.berichten.map(alsBericht),
  };
}

export function alsZaakstand(zaak: VerzuimzaakEntity): ZaakstandModel {
  return {
    id: zaak.id,
    status: zaak.status,
    triage: zaak.triage,
    behandelaar: zaak.behandelaar,
    fase: zaak.fase,
    routes: zaak.routes,
    besprokenInZat: zaak.besprokenInZat,
    ongeoorloofdVastgesteld: zaak.ongeoorloofdVastgesteld,
    afsluitreden: zaak.afsluitreden,
    bewarenTot: zaak.bewarenTot,
    bewaartermijnGrondslag: zaak.bewaartermijnGrondslag,
  };
}
