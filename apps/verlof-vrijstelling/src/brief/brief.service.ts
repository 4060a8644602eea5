import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@leerrecht/shared/feature-auth';
import { renderBriefPdf } from '@leerrecht/shared/util-brief-pdf';
import { InstructieRegister, renderBrief, type BriefSjabloon } from '@leerrecht/shared/util-instructie';
import { datumInWoorden } from '@leerrecht/shared/util-kalender';
import type { ZaakSoort } from '../besluit/zaak';
import { actorNaam } from '../kern/actor';
import { KLOK, type Klok } from '../kern/kern.module';
import { BriefEntity, type GeadresseerdeRol } from './brief.entity';

export interface Geadresseerde {
  rol: GeadresseerdeRol;
  naam: string;
  adres?: string | null;
}

export interface BriefOpdracht {
  gemeente: string;
  zaakSoort: ZaakSoort;
  zaakId: string;
  /** The youth's pseudonym; null for a letter about no one in particular (a request to the Inspectie). */
  persoonSleutel: string | null;
  sjabloon: BriefSjabloon;
  aan: Geadresseerde;
  /** A copy of the same letter, e.g. to the director (000 art 5 lid 1 c, lid 8). */
  afschriftAan?: readonly Geadresseerde[];
  /** Only where the letter names the youth. */
  jongere?: { naam: string; geboortedatum: string } | null;
  /** The template's own placeholders (BRIEF_SJABLOON_VELDEN); the common ones are filled here. */
  waarden: Readonly<Record<string, string>>;
  /** The letter's date (JJJJ-MM-DD). */
  datum: string;
  principal: Principal;
  classificatie: 'AVG' | 'AVG-bijzonder';
}

/** The letter's reference: one per zaak, so every letter of a request carries the same "Ons kenmerk". */
const KENMERK_VOORVOEGSEL: Readonly<Record<ZaakSoort, string>> = {
  verlofaanvraag: 'VL',
  kennisgeving: 'VR',
  'art15-aanvraag': 'V15',
  'schoolbezoek-vrijstelling': 'VS',
  'vervangende-leerplicht': 'VVL',
  'school-erkenning': 'SE',
  deskundige: 'DK',
  bezwaar: 'BZ',
};

export function kenmerkVoor(zaakSoort: ZaakSoort, zaakId: string): string {
  return `${KENMERK_VOORVOEGSEL[zaakSoort]}-${zaakId.slice(0, 8).toUpperCase()}`;
}

/** "Geachte ouder(s)/verzorger(s)" for parents; a letter to an organisation is addressed formally. */
function aanhefVoor(aan: Geadresseerde): string {
  switch (aan.rol) {
    case 'ouders':
      return 'ouder(s)/verzorger(s)';
    case 'jongere':
    case 'bezwaarmaker':
      return aan.naam;
    default:
      return 'heer, mevrouw';
  }
}

/**
 * Writes a letter: the gemeente's template (instructie `brieven`) filled with the common fields
 * (letterhead, date, reference, signatory on behalf of the college, Lpw art 22 lid 1) and the
 * step's own fields, rendered to PDF and filed with the zaak in the caller's transaction. A
 * template placeholder without a value is refused by renderBrief, so no letter leaves with a gap.
 */
@Injectable()
export class BriefService {
  constructor(
    private readonly instructies: InstructieRegister,
    @Inject(KLOK) private readonly klok: Klok,
  ) {}

  /** A paragraph template (warning, bezwaarclausule) of the gemeente, filled. */
  alinea(gemeente: string, sjabloon: BriefSjabloon, waarden: Readonly<Record<string, string>>): string {
    return renderBrief(this.instructies.voorGemeente(gemeente).regels.brieven[sjabloon].waarde, waarden);
  }

  async stelOp(manager: EntityManager, opdracht: BriefOpdracht): Promise<BriefEntity> {
    const instructie = this.instructies.voorGemeente(opdracht.gemeente);
    const { briefhoofd } = instructie;
    const kenmerk = kenmerkVoor(opdracht.zaakSoort, opdracht.zaakId);
    const waarden: Record<string, string> = {
      gemeenteNaam: instructie.gemeenteNaam,
      datum: datumInWoorden(opdracht.datum),
      kenmerk,
      geadresseerde: opdracht.aan.naam,
      adres: opdracht.aan.adres ?? '',
      aanhef: aanhefVoor(opdracht.aan),
      ondertekening: renderBrief(instructie.regels.brieven.ondertekening.waarde, { gemeenteNaam: instructie.gemeenteNaam }),
      medewerkerNaam: briefhoofd.ondertekenaar.naam,
      medewerkerFunctie: briefhoofd.ondertekenaar.functie,
      contactgegevens: briefhoofd.contact,
      ...(opdracht.jongere ? { jongereNaam: opdracht.jongere.naam, geboortedatum: datumInWoorden(opdracht.jongere.geboortedatum) } : {}),
      ...opdracht.waarden,
    };
    const tekst = renderBrief(instructie.regels.brieven[opdracht.sjabloon].waarde, waarden);
    const onderwerp = /^Betreft: (.+)$/m.exec(tekst)?.[1] ?? opdracht.sjabloon;
    const afschriftAan = (opdracht.afschriftAan ?? []).map((a) => ({ rol: a.rol, naam: a.naam }));
    const pdf = await renderBriefPdf(
      {
        briefhoofd: { logoTekst: briefhoofd.logoTekst, afdeling: briefhoofd.afdeling, postadres: briefhoofd.postadres, contact: briefhoofd.contact },
        titel: onderwerp,
        kenmerk,
        tekst,
        afschriftAan: afschriftAan.map((a) => a.naam),
      },
      { aangemaaktOp: this.klok() },
    );
    return manager.save(
      manager.create(BriefEntity, {
        gemeente: opdracht.gemeente,
        persoonSleutel: opdracht.persoonSleutel,
        zaakSoort: opdracht.zaakSoort,
        zaakId: opdracht.zaakId,
        sjabloon: opdracht.sjabloon,
        geadresseerdeRol: opdracht.aan.rol,
        geadresseerde: opdracht.aan.naam,
        afschriftAan,
        kenmerk,
        onderwerp,
        tekst,
        pdf,
        datum: opdracht.datum,
        opgesteldDoor: actorNaam(opdracht.principal),
        instructieVersie: instructie.versieSleutel,
        classificatie: opdracht.classificatie,
      }),
    );
  }

  /** The letters of a zaak, oldest first (row-level security limits them to the caller's gemeenten). */
  voorZaak(manager: EntityManager, zaakId: string): Promise<BriefEntity[]> {
    return manager.find(BriefEntity, { where: { zaakId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }
}
