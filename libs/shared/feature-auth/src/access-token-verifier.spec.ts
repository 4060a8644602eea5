import { InvalidTokenError, principalFromClaims } from './access-token-verifier';

describe('principalFromClaims', () => {
  it('maps a staff token', () => {
    expect(principalFromClaims({ sub: 'u1', azp: 'leerrecht-cli', preferred_username: 'lpa.zwolle', realm_access: { roles: ['leerplichtambtenaar', 'boa', 'offline_access'] }, gemeenten: ['0193'] })).toEqual({
      type: 'gebruiker', id: 'u1', clientId: 'leerrecht-cli', rollen: ['leerplichtambtenaar', 'boa'], gemeenten: ['0193'], brin: null, gebruikersnaam: 'lpa.zwolle',
    });
  });

  it('maps a partner token with a single gemeente as a string and a BRIN', () => {
    expect(principalFromClaims({ sub: 's1', azp: 'school', realm_access: { roles: ['partner-school'] }, gemeenten: '0193', brin: '99XX', preferred_username: 'service-account-school' })).toMatchObject({
      type: 'partner', clientId: 'school', gemeenten: ['0193'], brin: '99XX', gebruikersnaam: null,
    });
  });

  it('drops malformed gemeentecodes (they would otherwise reach the tenant setting)', () => {
    expect(principalFromClaims({ sub: 'u', azp: 'c', gemeenten: ['0193', "0193','x", '193'] }).gemeenten).toEqual(['0193']);
  });

  it('refuses a token without subject or authorised party', () => {
    expect(() => principalFromClaims({ azp: 'c' })).toThrow(InvalidTokenError);
    expect(() => principalFromClaims({ sub: 'u' })).toThrow(InvalidTokenError);
  });
});
