import { TEST_ENV } from './test-environment';

async function token(body: Record<string, string>): Promise<string> {
  const response = await fetch(`${TEST_ENV.keycloakUrl}/realms/${TEST_ENV.realm}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(body),
  });
  if (!response.ok) {
    throw new Error(`Keycloak weigerde een token (${response.status}): ${await response.text()}`);
  }
  const json = (await response.json()) as { access_token: string };
  return json.access_token;
}

/** A demo user's access token (password grant through the public CLI client). */
export function userToken(username: string, password = 'leerrecht-demo'): Promise<string> {
  return token({ grant_type: 'password', client_id: 'leerrecht-cli', username, password, scope: 'openid' });
}

/** A partner system's access token (client credentials). */
export function clientToken(clientId: string, secret: string): Promise<string> {
  return token({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret });
}
