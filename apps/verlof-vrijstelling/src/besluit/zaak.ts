/** The zaak kinds of this service: every letter, view, statement and decision belongs to one (migration 1765000000000). */
export type ZaakSoort =
  | 'verlofaanvraag'
  | 'kennisgeving'
  | 'art15-aanvraag'
  | 'schoolbezoek-vrijstelling'
  | 'vervangende-leerplicht'
  | 'school-erkenning'
  | 'deskundige'
  | 'bezwaar';
