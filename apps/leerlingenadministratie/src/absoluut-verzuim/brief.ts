import { datumInWoorden } from '@leerrecht/leerlingenadministratie/util-leerplicht';
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

export interface BriefGegevens {
  soort: BriefSoort;
  instructie: GemeenteInstructie;
  leerling: LeerlingEntity;
  aan: readonly Geadresseerde[];
  datum: string;
  kenmerk: string;
  reactietermijn: TermijnWaarde;
  datumEersteBrief?: string;
  school?: { naam: string; uitgeschrevenOp: string };
}

const SJABLOON: Record<BriefSoort, 'absoluutVerzuimEersteBrief' | 'absoluutVerzuimTweedeBrief' | 'uitschrijvingZonderBestemming'> = {
  'absoluut-verzuim-eerste': 'absoluutVerzuimEersteBrief',
  'absoluut-verzuim-tweede': 'absoluutVerzuimTweedeBrief',
  'uitschrijving-zonder-bestemming': 'uitschrijvingZonderBestemming',
};

/**
 * Renders the gemeente's letter template (instructie `brieven`) for this youth. Signed on behalf of
 * the college (Lpw art 22 lid 1). Contact details and signatory are the team's until the
 * per-gemeente letterhead settings exist (verlof-vrijstelling issue, letters).
 */
export function maakBrief(gegevens: BriefGegevens): string {
  const { instructie, leerling } = gegevens;
  const gemeenteNaam = instructie.gemeenteNaam;
  const brieven = instructie.regels.brieven;
  const waarden: Record<string, string> = {
    gemeenteNaam,
    datum: datumInWoorden(gegevens.datum),
    ouderNamen: gegevens.aan.map((a) => a.naam).join(' en '),
    adres: gegevens.aan[0]?.adres ?? '',
    kenmerk: gegevens.kenmerk,
    aanhef: 'ouder(s)/verzorger(s)',
    jongereNaam: volledigeNaam(leerling) ?? 'uw kind',
    geboortedatum: leerling.geboortedatum === null ? 'onbekend' : datumInWoorden(leerling.geboortedatum),
    reactietermijn: beschrijfTermijn(gegevens.reactietermijn),
    contactgegevens: `het team leerplicht van de gemeente ${gemeenteNaam}`,
    ondertekening: renderBrief(brieven.ondertekening.waarde, { gemeenteNaam }),
    medewerkerNaam: 'Team Leerplicht',
    medewerkerFunctie: 'Leerlingenadministratie',
    datumEersteBrief: gegevens.datumEersteBrief === undefined ? '' : datumInWoorden(gegevens.datumEersteBrief),
    schoolNaam: gegevens.school?.naam ?? '',
    uitgeschrevenOp: gegevens.school === undefined ? '' : datumInWoorden(gegevens.school.uitgeschrevenOp),
  };
  return renderBrief(brieven[SJABLOON[gegevens.soort]].waarde, waarden);
}
