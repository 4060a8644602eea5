import { datumInWoorden } from '@leerrecht/shared/util-leerplicht';
import { AFSLUITREDEN_IN_WOORDEN, type Afsluitreden } from '@leerrecht/shared/contracts-events';
import { beschrijfTermijn, renderBrief, type GemeenteInstructie, type TermijnWaarde } from '@leerrecht/shared/util-instructie';
import type { Adres, LeerlingEntity } from '../leerlingdossier/leerling.entity';
import type { OuderEntity } from '../brp/ouder.entity';
import type { BriefSoort, Geadresseerde } from './brief.entity';

/** First names, voorvoegsel and surname as one line; null when the BRP gave none. */
export function volledigeNaam(delen: { voornamen: string | null; voorvoegsel: string | null; geslachtsnaam: string | null }): string | null {
  const naam = [delen.voornamen, delen.voorvoegsel, delen.geslachtsnaam].filter((d): d is string => d !== null && d.trim() !== '').join(' ');
  return naam === '' ? null : naam;
}

function adresregel(adres: Adres | null): string | null {
  if (adres === null) return null;
  const huisnummer = `${adres.huisnummer}${adres.huisletter ?? ''}${adres.toevoeging ? `-${adres.toevoeging}` : ''}`;
  return `${adres.straat} ${huisnummer}, ${adres.postcode} ${adres.woonplaats}`;
}

/**
 * The addressees of a letter about a minor: the parents who hold gezag as the BRP gives them
 * (administratie.md §5.2 step 4, koppelingen.md §2.6); without gezag data, the parents; without
 * parents in the BRP, "the parents/carers" at the youth's address.
 */
export function geadresseerden(leerling: LeerlingEntity, ouders: readonly OuderEntity[]): Geadresseerde[] {
  const adres = adresregel(leerling.adres);
  const metGezag = ouders.filter((o) => o.heeftGezag);
  const gekozen = metGezag.length > 0 ? metGezag : ouders;
  const namen = gekozen.map((o) => volledigeNaam(o)).filter((n): n is string => n !== null);
  if (namen.length === 0) return [{ naam: 'De ouder(s)/verzorger(s)', adres }];
  return namen.map((naam) => ({ naam, adres }));
}

/**
 * The youth as addressee of a letter to the youth itself, at the youth's BRP address (000 art 6
 * lid 8: the youth from 12 is informed too). Null without a name or address from the BRP: a
 * letter cannot be sent to nobody, and the administration does not invent one.
 */
export function jongereAlsGeadresseerde(leerling: LeerlingEntity): Geadresseerde | null {
  const naam = volledigeNaam(leerling);
  const adres = adresregel(leerling.adres);
  return naam === null || adres === null ? null : { naam, adres };
}

/** What every letter of the administration needs: whose gemeente, about whom, to whom, when, which reference. */
interface BriefBasis {
  instructie: GemeenteInstructie;
  leerling: LeerlingEntity;
  aan: readonly Geadresseerde[];
  datum: string;
  kenmerk: string;
}

/** The facts each kind of letter adds to the basis; the kind decides the template (instructie `brieven`). */
export type BriefGegevens = BriefBasis &
  (
    | { soort: 'absoluut-verzuim-eerste' | 'absoluut-verzuim-tweede'; reactietermijn: TermijnWaarde; datumEersteBrief?: string }
    | { soort: 'uitschrijving-zonder-bestemming'; reactietermijn: TermijnWaarde; school: { naam: string; uitgeschrevenOp: string } }
    | { soort: 'verzuim-afsluiting-ouders' | 'verzuim-afsluiting-jongere'; melding: { schoolNaam: string; meldingsdatum: string; afsluitreden: Afsluitreden } }
  );

type Sjabloon = keyof GemeenteInstructie['regels']['brieven'];

const SJABLOON: Record<BriefSoort, Sjabloon> = {
  'absoluut-verzuim-eerste': 'absoluutVerzuimEersteBrief',
  'absoluut-verzuim-tweede': 'absoluutVerzuimTweedeBrief',
  'uitschrijving-zonder-bestemming': 'uitschrijvingZonderBestemming',
  'verzuim-afsluiting-ouders': 'verzuimAfsluitingOuders',
  'verzuim-afsluiting-jongere': 'verzuimAfsluitingJongere',
};

const AANHEF_OUDERS = 'ouder(s)/verzorger(s)';

/** The placeholders only this kind of letter fills. */
function eigenWaarden(gegevens: BriefGegevens, jongereNaam: string): Record<string, string> {
  switch (gegevens.soort) {
    case 'absoluut-verzuim-eerste':
    case 'absoluut-verzuim-tweede':
      return {
        aanhef: AANHEF_OUDERS,
        reactietermijn: beschrijfTermijn(gegevens.reactietermijn),
        datumEersteBrief: gegevens.datumEersteBrief === undefined ? '' : datumInWoorden(gegevens.datumEersteBrief),
      };
    case 'uitschrijving-zonder-bestemming':
      return {
        aanhef: AANHEF_OUDERS,
        reactietermijn: beschrijfTermijn(gegevens.reactietermijn),
        schoolNaam: gegevens.school.naam,
        uitgeschrevenOp: datumInWoorden(gegevens.school.uitgeschrevenOp),
      };
    case 'verzuim-afsluiting-ouders':
    case 'verzuim-afsluiting-jongere':
      return {
        // The letter to the youth speaks to the youth (000 art 6 lid 8: from 12 years).
        aanhef: gegevens.soort === 'verzuim-afsluiting-jongere' ? jongereNaam : AANHEF_OUDERS,
        schoolNaam: gegevens.melding.schoolNaam,
        meldingsdatum: datumInWoorden(gegevens.melding.meldingsdatum),
        afsluitreden: AFSLUITREDEN_IN_WOORDEN[gegevens.melding.afsluitreden],
      };
  }
}

/**
 * Renders the gemeente's letter template (instructie `brieven`) for this youth: the one renderer
 * for every letter the administration sends. Signed on behalf of the college (Lpw art 22 lid 1).
 * A template that uses a placeholder its kind does not fill is refused by renderBrief, so no
 * letter leaves with a `{{...}}` in it. Contact details and signatory are the team's until the
 * per-gemeente letterhead settings exist (verlof-vrijstelling issue, letters).
 */
export function maakBrief(gegevens: BriefGegevens): string {
  const { instructie, leerling } = gegevens;
  const gemeenteNaam = instructie.gemeenteNaam;
  const brieven = instructie.regels.brieven;
  const jongereNaam = volledigeNaam(leerling) ?? 'uw kind';
  const waarden: Record<string, string> = {
    gemeenteNaam,
    datum: datumInWoorden(gegevens.datum),
    ouderNamen: gegevens.aan.map((a) => a.naam).join(' en '),
    adres: gegevens.aan[0]?.adres ?? '',
    kenmerk: gegevens.kenmerk,
    jongereNaam,
    geboortedatum: leerling.geboortedatum === null ? 'onbekend' : datumInWoorden(leerling.geboortedatum),
    contactgegevens: `het team leerplicht van de gemeente ${gemeenteNaam}`,
    ondertekening: renderBrief(brieven.ondertekening.waarde, { gemeenteNaam }),
    medewerkerNaam: 'Team Leerplicht',
    medewerkerFunctie: 'Leerlingenadministratie',
    ...eigenWaarden(gegevens, jongereNaam),
  };
  return renderBrief(brieven[SJABLOON[gegevens.soort]].waarde, waarden);
}
