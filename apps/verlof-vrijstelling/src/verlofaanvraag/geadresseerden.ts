import type { Geadresseerde } from '../brief/brief.service';
import type { VerlofaanvraagEntity } from './verlofaanvraag.entity';

/** The parents who signed the request, as one addressee at the first address they gave. */
export function oudersVan(aanvraag: VerlofaanvraagEntity): Geadresseerde {
  return { rol: 'ouders', naam: aanvraag.aanvragers.map((a) => a.naam).join(' en '), adres: aanvraag.aanvragers[0]?.adres ?? '' };
}

/** The copy to the director of the school (000 art 5 lid 1 c, lid 8; 003 art 5 lid 5 d). */
export function directeurVan(aanvraag: VerlofaanvraagEntity, naam?: string | null): Geadresseerde {
  const schoolNaam = aanvraag.schoolNaam;
  return { rol: 'directeur', naam: naam?.trim() ? `${naam.trim()}, directeur van ${schoolNaam}` : `de directeur van ${schoolNaam}` };
}
