import type { VerzuimbriefGevraagdV1 } from '@leerrecht/shared/contracts-events';
import type { GemeenteInstructie } from '@leerrecht/shared/util-instructie';
import { geadresseerden, jongereAlsGeadresseerde, maakBrief } from '../absoluut-verzuim/brief';
import type { Geadresseerde } from '../absoluut-verzuim/brief.entity';
import type { OuderEntity } from '../brp/ouder.entity';
import type { LeerlingEntity } from './leerling.entity';

/** Why a closure letter cannot be composed yet; the consumer retries and then dead-letters the event (replayable). */
export class VerzuimbriefNietSamenTeStellen extends Error {
  constructor(reden: string) {
    super(`verzuimbrief niet samen te stellen: ${reden}`);
    this.name = 'VerzuimbriefNietSamenTeStellen';
  }
}

/** The school as the letter names it: its name from the register, else its BRIN, so the parents can still tell which school reported. */
export function schoolInBrief(brin: string, naamUitRegister: string | null): string {
  return naamUitRegister ?? `de school (BRIN ${brin})`;
}

/**
 * The closure letter `verzuim` asked for (000 art 6 lid 8; 001 §3.2; 003 art 6 lid 4 a), in the
 * gemeente's words (instructie `brieven.verzuimAfsluitingOuders` / `verzuimAfsluitingJongere`):
 * to the parents with gezag (administratie.md §5.2 step 4), or to the youth at the youth's
 * address. The names and address come from the BRP; without them there is no one to write to.
 */
export function stelVerzuimbriefOp(
  verzoek: Pick<VerzuimbriefGevraagdV1, 'soort' | 'schoolBrin' | 'meldingsdatum' | 'afsluitreden' | 'datum' | 'kenmerk'>,
  leerling: LeerlingEntity,
  ouders: readonly OuderEntity[],
  instructie: GemeenteInstructie,
  schoolNaam: string | null,
): { aan: Geadresseerde[]; tekst: string } {
  if (leerling.adres === null) throw new VerzuimbriefNietSamenTeStellen('geen adres uit de BRP');
  let aan: Geadresseerde[];
  if (verzoek.soort === 'verzuim-afsluiting-jongere') {
    const jongere = jongereAlsGeadresseerde(leerling);
    if (jongere === null) throw new VerzuimbriefNietSamenTeStellen('geen naam van de jongere uit de BRP');
    aan = [jongere];
  } else {
    aan = geadresseerden(leerling, ouders);
  }
  const tekst = maakBrief({
    soort: verzoek.soort,
    instructie,
    leerling,
    aan,
    datum: verzoek.datum,
    kenmerk: verzoek.kenmerk,
    melding: { schoolNaam: schoolInBrief(verzoek.schoolBrin, schoolNaam), meldingsdatum: verzoek.meldingsdatum, afsluitreden: verzoek.afsluitreden },
  });
  return { aan, tekst };
}
