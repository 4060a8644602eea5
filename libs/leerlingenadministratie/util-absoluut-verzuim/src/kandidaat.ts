import { leerplichtStatus, type LeerplichtOpties } from '@leerrecht/shared/util-leerplicht';
import type { Datum, Kalender } from '@leerrecht/shared/util-kalender';
import type { AbsoluutVerzuimRegels, KandidaatGegevens, KandidaatUitkomst, Periode } from './absoluut-verzuim.types';

/** The articles step 1 of the check rests on (administratie.md §5.2 step 1). */
const BRON_KANDIDAAT = 'Lpw art 19';

function loopt(periode: Periode, peildatum: Datum): boolean {
  return periode.van <= peildatum && (periode.totEnMet === undefined || peildatum <= periode.totEnMet);
}

function uniek(lijst: readonly string[]): string[] {
  return [...new Set(lijst)];
}

/**
 * Whether a person is a candidate for the absolute-verzuim check on the peildatum
 * (administratie.md §5.2 step 1): leerplichtig or kwalificatieplichtig, no current enrolment, no
 * valid exemption (Lpw art 5, 5a, 15), no vervangende leerplicht (Lpw art 3a/3b) and no
 * startkwalificatie (000 art 3 lid 7, art 8 lid 1; 003 art 3 lid 6, art 7 lid 1), and no running
 * term to enrol after a kennisgeving niet voldaan (000 art 12 lid 9; 003 art 11 lid 5). A candidate who
 * is a foreign minor student goes to the administrative route where the instructie has one
 * (004 Hfst 2.1; §5.2 step 3) instead of the letters.
 */
export function isKandidaat(
  gegevens: KandidaatGegevens,
  peildatum: Datum,
  regels: AbsoluutVerzuimRegels,
  kalender: Kalender,
  opties: LeerplichtOpties = {},
): KandidaatUitkomst {
  const status = leerplichtStatus(gegevens.jongere, peildatum, kalender, opties);
  const bron = [BRON_KANDIDAAT, ...status.bron];
  const aandachtspunten = [...status.aandachtspunten];
  const niet = (reden: KandidaatUitkomst['reden'], toelichting: string, extraBron: readonly string[] = []): KandidaatUitkomst => ({
    kandidaat: false,
    reden,
    toelichting,
    bron: uniek([...bron, ...extraBron]),
    aandachtspunten,
  });

  const sq = gegevens.jongere.startkwalificatieBehaaldOp;
  // A SQ may come before the end of the full leerplicht; the check excludes it either way (§5.2 step 1).
  if (sq !== undefined && sq <= peildatum) {
    return niet('startkwalificatie', 'Heeft een startkwalificatie; geen kandidaat voor de controle op absoluut verzuim.', ['Lpw art 4a']);
  }
  if (status.soort !== 'leerplichtig' && status.soort !== 'kwalificatieplichtig') {
    return niet('niet-plichtig', `Niet leerplichtig of kwalificatieplichtig op de peildatum: ${status.reden}`);
  }
  if (status.vrijgesteld) {
    const artikelen = status.vrijstellingen.map((v) => `Lpw art ${v.artikel}`);
    return niet('vrijgesteld', 'Een vrijstelling is van kracht op de peildatum.', artikelen);
  }
  if ((gegevens.vervangendeLeerplicht ?? []).some((p) => loopt(p, peildatum))) {
    return niet('vervangende-leerplicht', 'Een besluit vervangende leerplicht is van kracht op de peildatum.', ['Lpw art 3a', 'Lpw art 3b']);
  }
  if (gegevens.inschrijvingen.some((p) => loopt(p, peildatum))) {
    return niet('ingeschreven', 'Staat op de peildatum ingeschreven bij een school of instelling.', ['Lpw art 18']);
  }
  // A kennisgeving that does not meet the requirements gives the parents a term to enrol the youth
  // (000 art 12 lid 9; 003 art 11 lid 5); only when it has passed without an enrolment is the youth
  // a candidate (verlof-vrijstelling.md §5.5 step 3, inferred).
  const termijn = (gegevens.inschrijvingstermijnen ?? []).find((t) => t.gegevenOp <= peildatum && peildatum <= t.inschrijvenUiterlijk);
  if (termijn !== undefined) {
    return niet('inschrijvingstermijn-loopt', `De ouders hebben tot en met ${termijn.inschrijvenUiterlijk} om de jongere in te schrijven (kennisgeving niet voldaan).`, ['000 art 12 lid 9', '003 art 11 lid 5']);
  }

  const regel = regels.absoluutVerzuim.buitenlandseStudenten;
  const buitenlands = gegevens.buitenlandseMinderjarigeStudent === true;
  const route = buitenlands && regel.waarde ? 'administratieve-route' : 'brieven';
  if (buitenlands) {
    bron.push(regel.bron);
    if (!regel.waarde) {
      aandachtspunten.push('Buitenlandse minderjarige student, maar de instructie kent geen administratieve route: de brievenprocedure volgt.');
    } else if (regel.opmerking !== undefined) {
      aandachtspunten.push(regel.opmerking);
    }
  }
  const soort = status.soort === 'leerplichtig' ? 'Leerplichtig' : 'Kwalificatieplichtig';
  return {
    kandidaat: true,
    route,
    reden: 'niet-ingeschreven',
    toelichting:
      route === 'administratieve-route'
        ? `${soort}, niet ingeschreven; buitenlandse minderjarige student: administratieve route in plaats van brieven.`
        : `${soort}, niet ingeschreven, geen vrijstelling, geen vervangende leerplicht en geen startkwalificatie.`,
    bron: uniek(bron),
    aandachtspunten,
  };
}
