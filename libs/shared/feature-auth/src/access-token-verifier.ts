import KeycloakConnect from 'keycloak-connect';
import { ROLLEN, type Principal, type Rol } from './principal';

/** Validates a bearer token and says who it belongs to. Swappable (e.g. for plain JWKS). */
export interface AccessTokenVerifier {
  verify(bearerToken: string): Promise<Principal>;
}

export class InvalidTokenError extends Error {
  readonly code = 'UNAUTHENTICATED';
  constructor(reason: string) {
    super(`ongeldig toegangstoken (${reason})`);
    this.name = 'InvalidTokenError';
  }
}

export interface KeycloakVerifierConfig {
  url: string;
  realm: string;
  /** The resource/audience the tokens must be issued for. */
  audience: string;
}

interface TokenContent {
  sub?: string;
  azp?: string;
  typ?: string;
  realm_access?: { roles?: string[] };
  gemeenten?: string[] | string;
  brin?: string;
  preferred_username?: string;
}

/**
 * keycloak-connect in bearer-only mode, as the design asks: signature (realm JWKS, cached and
 * rotated by keycloak-connect), expiry, issuer and audience are checked by its grant manager.
 * Only this class touches keycloak-connect.
 */
export class KeycloakBearerVerifier implements AccessTokenVerifier {
  private readonly keycloak: KeycloakConnect.Keycloak;

  constructor(config: KeycloakVerifierConfig) {
    this.keycloak = new KeycloakConnect({}, {
      realm: config.realm,
      'auth-server-url': config.url,
      resource: config.audience,
      'bearer-only': true,
      'ssl-required': 'external',
      'confidential-port': 0,
      'verify-token-audience': true,
    } as unknown as KeycloakConnect.KeycloakConfig);
  }

  async verify(bearerToken: string): Promise<Principal> {
    let content: TokenContent;
    try {
      const grant = await this.keycloak.grantManager.createGrant({ access_token: bearerToken } as unknown as string);
      const token = grant.access_token as unknown as { content: TokenContent } | undefined;
      if (!token) throw new Error('missing');
      content = token.content;
    } catch (error) {
      // keycloak-connect's reasons ("expired", "wrong audience", ...) carry no personal data.
      const reason = error instanceof Error ? error.message.replace(/^Grant validation failed\. Reason: /, '') : 'onbekend';
      throw new InvalidTokenError(reason);
    }
    return principalFromClaims(content);
  }
}

/** Maps validated token claims to a Principal; unknown roles are ignored. */
export function principalFromClaims(content: TokenContent): Principal {
  if (!content.sub || !content.azp) {
    throw new InvalidTokenError('sub of azp ontbreekt');
  }
  const rollen = (content.realm_access?.roles ?? []).filter((rol): rol is Rol => (ROLLEN as readonly string[]).includes(rol));
  const gemeenten = Array.isArray(content.gemeenten) ? content.gemeenten : content.gemeenten ? [content.gemeenten] : [];
  const isPartner = rollen.some((rol) => rol.startsWith('partner-'));
  return {
    type: isPartner ? 'partner' : 'gebruiker',
    id: content.sub,
    clientId: content.azp,
    rollen,
    gemeenten: gemeenten.filter((code) => /^\d{4}$/.test(code)),
    brin: typeof content.brin === 'string' ? content.brin : null,
    gebruikersnaam: !isPartner && typeof content.preferred_username === 'string' ? content.preferred_username : null,
  };
}
