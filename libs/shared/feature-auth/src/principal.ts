/** The realm roles of the Keycloak realm (infra/keycloak/leerrecht-realm.json). */
export const ROLLEN = [
  'leerplichtambtenaar',
  'boa',
  'administratief-medewerker',
  'doorstroomcoach',
  'coordinator',
  'functioneel-beheerder',
  'privacy-auditor',
  'wpg-verwerking',
  'partner-school',
  'partner-wijkteam',
] as const;
export type Rol = (typeof ROLLEN)[number];

/** Who is calling, as established from a validated access token. */
export interface Principal {
  /** 'gebruiker' = a staff member (password/SSO login), 'partner' = a partner system's client. */
  type: 'gebruiker' | 'partner';
  /** Keycloak subject id (stable, not personal data in itself). */
  id: string;
  /** The client the token was issued to (`azp`), e.g. 'school'. */
  clientId: string;
  rollen: Rol[];
  /** CBS gemeentecodes this principal acts for (token claim `gemeenten`). */
  gemeenten: string[];
  /** For a school client: its BRIN (token claim `brin`). */
  brin: string | null;
  /**
   * A staff member's username (`preferred_username`), e.g. 'lpa.zwolle': how cases are assigned to
   * an officer and found again as "my cases". Null for partner systems. Staff, not data subjects.
   */
  gebruikersnaam: string | null;
}

export function heeftRol(principal: Principal, ...rollen: Rol[]): boolean {
  return rollen.some((rol) => principal.rollen.includes(rol));
}
