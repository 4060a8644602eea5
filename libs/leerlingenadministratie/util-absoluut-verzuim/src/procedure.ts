import { beschrijfTermijn, type TermijnWaarde } from '@leerrecht/shared/util-instructie';
import type { Datum, Kalender, Vakantieregio } from '@leerrecht/shared/util-kalender';
import {
  AbsoluutVerzuimFout,
  type AbsoluutVerzuimGebeurtenis,
  type AbsoluutVerzuimProcedure,
  type AbsoluutVerzuimRegels,
  type Actie,
  type ProcedureStatus,
  type VolgendeStapOpties,
} from './absoluut-verzuim.types';
import { termijnEinde } from './termijn-einde';

const AFGESLOTEN: readonly ProcedureStatus[] = ['afgesloten-administratief', 'afgesloten-ingeschreven'];

function uniek(lijst: readonly string[]): string[] {
  return [...new Set(lijst)];
}

/** A new check for one candidate; it always starts with the administrative check (§5.2 step 2). */
export function startProcedure(gestartOp: Datum, vakantieregio?: Vakantieregio): AbsoluutVerzuimProcedure {
  return { status: 'administratieve-controle', gestartOp, ...(vakantieregio === undefined ? {} : { vakantieregio }), gebeurtenissen: [] };
}

interface TermijnMetBron {
  waarde: TermijnWaarde;
  bron: string;
  aandachtspunten: string[];
}

/** The first letter's term, with a note when the profile only carries a placeholder. */
function eersteTermijn(regels: AbsoluutVerzuimRegels): TermijnMetBron {
  const t = regels.absoluutVerzuim.reactietermijn;
  const aandachtspunten =
    t.status === 'aan-te-leveren'
      ? [`Reactietermijn is niet vastgesteld (aan-te-leveren, ${t.bron}): ${beschrijfTermijn(t)} uit het instructieprofiel gebruikt; laat de gemeente deze bevestigen.`]
      : [];
  return { waarde: { aantal: t.aantal, eenheid: t.eenheid }, bron: t.bron, aandachtspunten };
}

/** The second letter's term: configured, else the first letter's term (§5.2 step 6: not in sources, inferred). */
function tweedeTermijn(regels: AbsoluutVerzuimRegels, opties: VolgendeStapOpties): TermijnMetBron {
  const geconfigureerd = opties.tweedeReactietermijn;
  if (geconfigureerd !== undefined) {
    return { waarde: { aantal: geconfigureerd.aantal, eenheid: geconfigureerd.eenheid }, bron: geconfigureerd.bron, aandachtspunten: [] };
  }
  const eerste = eersteTermijn(regels);
  return {
    ...eerste,
    aandachtspunten: [
      ...eerste.aandachtspunten,
      'De bronnen noemen geen termijn voor de tweede brief; dezelfde termijn als voor de eerste brief is aangehouden (inferred).',
    ],
  };
}

/** §5.2 step 7: the per-profile follow-up once the suspicion remains after the letters. */
function escalatie(regels: AbsoluutVerzuimRegels, vanaf: Datum, kalender: Kalender, regio: Vakantieregio | undefined, extra: string[]): Actie {
  const na = regels.absoluutVerzuim.naTweedeBrief;
  const aandachtspunten = [...extra];
  if (na.status === 'aan-te-leveren') {
    aandachtspunten.push(`Vervolg na de tweede brief is niet vastgesteld (aan-te-leveren, ${na.bron}); standaard gebruikt.`);
  }
  if (na.opmerking !== undefined) aandachtspunten.push(na.opmerking);
  if (na.waarde === 'huisbezoek') {
    return { soort: 'plan-huisbezoek', bron: [na.bron], aandachtspunten };
  }
  const termijn = regels.absoluutVerzuim.onderzoekUiterlijk;
  if (termijn.status === 'aan-te-leveren') {
    aandachtspunten.push(`Termijn voor de start van het onderzoek is niet vastgesteld (aan-te-leveren, ${termijn.bron}).`);
  }
  return {
    soort: 'start-onderzoek-absoluut-verzuim',
    // Counted from the day the suspicion is established (the last reply day or the failed check): inferred.
    ...(termijn.waarde === null ? {} : { uiterlijk: termijnEinde(vanaf, termijn.waarde, kalender, regio) }),
    bron: uniek([na.bron, termijn.bron]),
    aandachtspunten,
  };
}

/**
 * What to do next for one candidate on the peildatum (administratie.md §5.2 steps 2–7). The reply
 * is due on the last day of the term; only the day after it counts as "no reply".
 */
export function volgendeStap(
  procedure: AbsoluutVerzuimProcedure,
  peildatum: Datum,
  regels: AbsoluutVerzuimRegels,
  kalender: Kalender,
  opties: VolgendeStapOpties = {},
): Actie {
  const regio = procedure.vakantieregio;
  switch (procedure.status) {
    case 'administratieve-controle':
      if (procedure.administratieveControleAfgerondOp === undefined) {
        return { soort: 'voer-administratieve-controle-uit', bron: uniek(['Lpw art 19', regels.administratie.inschrijvingscontrole.bron]), aandachtspunten: [] };
      }
      return { soort: 'verstuur-eerste-brief', bron: [regels.absoluutVerzuim.reactietermijn.bron], aandachtspunten: eersteTermijn(regels).aandachtspunten };

    case 'eerste-brief-verzonden':
    case 'tweede-brief-verzonden': {
      const eerste = procedure.status === 'eerste-brief-verzonden';
      const verzonden = eerste ? procedure.eersteBriefOp : procedure.tweedeBriefOp;
      if (verzonden === undefined) throw new AbsoluutVerzuimFout('ONGELDIGE_OVERGANG', `status ${procedure.status} zonder verzenddatum`);
      const termijn = eerste ? eersteTermijn(regels) : tweedeTermijn(regels, opties);
      const antwoordUiterlijk = termijnEinde(verzonden, termijn.waarde, kalender, regio);
      if (procedure.vermoedenBlijft !== undefined) {
        // The parents answered, but the suspicion remains: a further letter adds nothing (inferred).
        return escalatie(regels, procedure.vermoedenBlijft.datum, kalender, regio, [
          'De ouders hebben gereageerd, maar het vermoeden van absoluut verzuim blijft; escalatie zonder (verdere) brief (inferred).',
        ]);
      }
      if (peildatum <= antwoordUiterlijk) {
        return { soort: 'geen-actie', uiterlijk: antwoordUiterlijk, bron: [termijn.bron], aandachtspunten: termijn.aandachtspunten };
      }
      if (eerste) {
        const tweede = tweedeTermijn(regels, opties);
        return { soort: 'verstuur-tweede-brief', bron: [regels.absoluutVerzuim.reactietermijn.bron], aandachtspunten: tweede.aandachtspunten };
      }
      return escalatie(regels, antwoordUiterlijk, kalender, regio, []);
    }

    case 'inschrijving-verifieren':
      return { soort: 'verifieer-inschrijving', bron: uniek(['Lpw art 18', regels.absoluutVerzuim.reactietermijn.bron]), aandachtspunten: [] };

    case 'geëscaleerd':
      return { soort: 'geen-actie', bron: [regels.absoluutVerzuim.naTweedeBrief.bron], aandachtspunten: [] };

    case 'afgesloten-administratief':
    case 'afgesloten-ingeschreven':
      return { soort: 'geen-actie', bron: [], aandachtspunten: [] };
  }
}

function weiger(procedure: AbsoluutVerzuimProcedure, gebeurtenis: AbsoluutVerzuimGebeurtenis): never {
  throw new AbsoluutVerzuimFout('ONGELDIGE_OVERGANG', `gebeurtenis ${gebeurtenis.soort} past niet bij status ${procedure.status}`);
}

/** Apply one event; returns a new procedure and leaves the given one untouched. Refused steps throw AbsoluutVerzuimFout. */
export function verwerk(procedure: AbsoluutVerzuimProcedure, gebeurtenis: AbsoluutVerzuimGebeurtenis): AbsoluutVerzuimProcedure {
  if (AFGESLOTEN.includes(procedure.status)) {
    throw new AbsoluutVerzuimFout('PROCEDURE_AFGESLOTEN', `de controle is afgesloten (${procedure.status})`);
  }
  const laatste = procedure.gebeurtenissen.at(-1)?.datum ?? procedure.gestartOp;
  if (gebeurtenis.datum < laatste) {
    throw new AbsoluutVerzuimFout('DATUM_VOLGORDE', `gebeurtenis ${gebeurtenis.soort} ligt vóór de vorige gebeurtenis of de start`);
  }
  const gebeurtenissen = [...procedure.gebeurtenissen, gebeurtenis];
  const naar = (wijziging: Partial<AbsoluutVerzuimProcedure>): AbsoluutVerzuimProcedure => ({ ...procedure, ...wijziging, gebeurtenissen });
  const s = procedure.status;

  switch (gebeurtenis.soort) {
    case 'administratief-opgelost':
      if (s !== 'administratieve-controle') return weiger(procedure, gebeurtenis);
      return naar({ status: 'afgesloten-administratief', afgeslotenOp: gebeurtenis.datum });

    case 'administratieve-controle-afgerond':
      if (s !== 'administratieve-controle') return weiger(procedure, gebeurtenis);
      return naar({ administratieveControleAfgerondOp: gebeurtenis.datum });

    case 'brief-verzonden':
      if (gebeurtenis.brief === 'eerste') {
        if (s !== 'administratieve-controle') return weiger(procedure, gebeurtenis);
        // 000 art 8 lid 1; 003 art 7 lid 1 a: check for an administrative imperfection before approaching the parents.
        if (procedure.administratieveControleAfgerondOp === undefined) {
          throw new AbsoluutVerzuimFout('ADMINISTRATIEVE_CONTROLE_OPEN', 'de eerste brief gaat pas uit na de administratieve controle');
        }
        return naar({ status: 'eerste-brief-verzonden', eersteBriefOp: gebeurtenis.datum });
      }
      if (s !== 'eerste-brief-verzonden' || procedure.vermoedenBlijft !== undefined) return weiger(procedure, gebeurtenis);
      return naar({ status: 'tweede-brief-verzonden', tweedeBriefOp: gebeurtenis.datum });

    case 'antwoord-ontvangen': {
      if (s !== 'eerste-brief-verzonden' && s !== 'tweede-brief-verzonden') return weiger(procedure, gebeurtenis);
      const antwoord = { datum: gebeurtenis.datum, ingeschreven: gebeurtenis.ingeschreven };
      if (gebeurtenis.ingeschreven) return naar({ status: 'inschrijving-verifieren', antwoord });
      return naar({ antwoord, vermoedenBlijft: { datum: gebeurtenis.datum, grond: 'niet-ingeschreven' } });
    }

    case 'inschrijving-geverifieerd':
      if (s !== 'inschrijving-verifieren') return weiger(procedure, gebeurtenis);
      return naar({ status: 'afgesloten-ingeschreven', geverifieerdOp: gebeurtenis.datum, afgeslotenOp: gebeurtenis.datum });

    case 'inschrijving-niet-bevestigd':
      if (s !== 'inschrijving-verifieren') return weiger(procedure, gebeurtenis);
      // Back to the letter stage it came from; the suspicion remains (§5.2 step 7).
      return naar({
        status: procedure.tweedeBriefOp === undefined ? 'eerste-brief-verzonden' : 'tweede-brief-verzonden',
        vermoedenBlijft: { datum: gebeurtenis.datum, grond: 'inschrijving-niet-bevestigd' },
      });

    case 'geëscaleerd':
      if (s !== 'tweede-brief-verzonden' && !(s === 'eerste-brief-verzonden' && procedure.vermoedenBlijft !== undefined)) {
        return weiger(procedure, gebeurtenis);
      }
      return naar({ status: 'geëscaleerd', escalatie: { datum: gebeurtenis.datum, vervolg: gebeurtenis.vervolg } });

    case 'afsluiten':
      // 000 art 3 lid 7; 001 §3.2; 003 toelichting art 3: a claimed enrolment is verified before the check closes.
      if (s === 'inschrijving-verifieren') {
        throw new AbsoluutVerzuimFout('VERIFICATIE_ONTBREEKT', 'de opgegeven inschrijving is nog niet geverifieerd; de controle blijft open');
      }
      return weiger(procedure, gebeurtenis);
  }
}
