import { BEWAAKTE_DOSSIERVELDEN, BEWAAKTE_DOSSIERVELDEN_BRON, type DossierVeld, type GemeenteInstructie } from '@leerrecht/shared/util-instructie';
import { DomainError } from '@leerrecht/shared/feature-subgraph';

export type { DossierVeld };

/** Where an entry's information comes from; a school or ketenpartner must be named (third-party information). */
export const AANTEKENING_BRONNEN = ['eigen-waarneming', 'jongere', 'ouders', 'school', 'ketenpartner', 'duo', 'brp', 'import'] as const;
export type AantekeningBron = (typeof AANTEKENING_BRONNEN)[number];
const DERDEN: readonly AantekeningBron[] = ['school', 'ketenpartner'];

export interface NieuweAantekening {
  veld: DossierVeld;
  bron: AantekeningBron;
  bronOrganisatie?: string | null;
}

/**
 * May this entry be recorded in this dossier? Refuses, with the article: a field the gemeente's
 * instructie does not list, a guarded field before ongeoorloofd verzuim is established, and
 * third-party information without the organisation it came from.
 */
export function controleerAantekening(aantekening: NieuweAantekening, instructie: GemeenteInstructie, ongeoorloofdVerzuimVastgesteldOp: string | null): void {
  const velden = instructie.regels.dossier.velden;
  if (!velden.waarde.includes(aantekening.veld)) {
    throw new DomainError('VELD_NIET_IN_INSTRUCTIE', `Dit veld hoort niet bij het leerlingdossier van deze gemeente (${velden.bron}).`, 'veld');
  }
  if (BEWAAKTE_DOSSIERVELDEN.includes(aantekening.veld) && ongeoorloofdVerzuimVastgesteldOp === null) {
    throw new DomainError(
      'ONGEOORLOOFD_VERZUIM_NIET_VASTGESTELD',
      `Dit veld mag pas worden gevuld als ongeoorloofd schoolverzuim is vastgesteld (${BEWAAKTE_DOSSIERVELDEN_BRON}).`,
      'veld',
    );
  }
  const organisatie = aantekening.bronOrganisatie?.trim() ?? '';
  if (DERDEN.includes(aantekening.bron) && organisatie.length === 0) {
    throw new DomainError('BRONORGANISATIE_ONTBREEKT', 'Bij informatie van een school of ketenpartner hoort de naam van de organisatie waar die vandaan komt.', 'bronOrganisatie');
  }
}
