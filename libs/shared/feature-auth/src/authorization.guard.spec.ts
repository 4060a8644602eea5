import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { InvalidTokenError, type AccessTokenVerifier } from './access-token-verifier';
import { PURPOSE_KEY, ROLES_KEY } from './authorization.decorators';
import { AuthorizationGuard, type DenialRecorder } from './authorization.guard';
import type { Principal } from './principal';
import type { RequestContext } from './request-context';

/**
 * The guard's decisions, one by one. (The real Keycloak token path is exercised end to end in
 * apps/gateway/test/walking-skeleton.integration-spec.ts.)
 */
const LPA: Principal = { type: 'gebruiker', id: 'u1', clientId: 'leerrecht-cli', rollen: ['leerplichtambtenaar'], gemeenten: ['0193'], brin: null, gebruikersnaam: 'lpa.zwolle' };

function setup(metadata: { roles?: string[]; purpose?: string }, bearerToken: string | null, verify: () => Promise<Principal>) {
  const request: RequestContext = { trace: { traceId: 't', spanId: 's' }, bearerToken, principal: null, operatie: '', activiteit: null };
  const handler = (): void => undefined;
  if (metadata.roles) Reflect.defineMetadata(ROLES_KEY, metadata.roles, handler);
  if (metadata.purpose) Reflect.defineMetadata(PURPOSE_KEY, metadata.purpose, handler);
  const context = { getType: () => 'graphql', getHandler: () => handler, getClass: () => class {} } as unknown as ExecutionContext;
  jest.spyOn(GqlExecutionContext, 'create').mockReturnValue({
    getInfo: () => ({ operation: { operation: 'query', name: { value: 'Q' } }, parentType: { name: 'Query' }, fieldName: 'leerlingdossier' }),
    getContext: () => ({ leerrecht: request }),
    getArgs: () => ({ bsn: '111222333' }),
  } as unknown as GqlExecutionContext);
  const denials: { reden: string }[] = [];
  const recorder: DenialRecorder = { recordDenial: async (_r, reden) => { denials.push({ reden }); } };
  const verifier: AccessTokenVerifier = { verify };
  return { guard: new AuthorizationGuard(new Reflector(), verifier, recorder), context, request, denials };
}

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return error instanceof GraphQLError ? String(error.extensions.code) : 'other';
  }
}

afterEach(() => jest.restoreAllMocks());

describe('AuthorizationGuard', () => {
  it('refuses a resolver without declared roles and purpose, even for a valid caller (fail closed)', async () => {
    const { guard, context, denials } = setup({ roles: ['leerplichtambtenaar'] }, 'token', async () => LPA);
    expect(await codeOf(guard.canActivate(context))).toBe('FORBIDDEN');
    expect(denials).toEqual([{ reden: 'geen-autorisatie-gedeclareerd' }]);
  });

  it('refuses an anonymous call and records it', async () => {
    const { guard, context, denials } = setup({ roles: ['leerplichtambtenaar'], purpose: 'leerlingdossier-inzien' }, null, async () => LPA);
    expect(await codeOf(guard.canActivate(context))).toBe('UNAUTHENTICATED');
    expect(denials).toEqual([{ reden: 'niet-geauthenticeerd' }]);
  });

  it('refuses an invalid token', async () => {
    const { guard, context, denials } = setup({ roles: ['leerplichtambtenaar'], purpose: 'leerlingdossier-inzien' }, 'bad', async () => {
      throw new InvalidTokenError('expired');
    });
    expect(await codeOf(guard.canActivate(context))).toBe('UNAUTHENTICATED');
    expect(denials).toEqual([{ reden: 'ongeldig-token' }]);
  });

  it('refuses a caller without one of the roles', async () => {
    const { guard, context, denials } = setup({ roles: ['privacy-auditor'], purpose: 'logboek-inzien' }, 'token', async () => LPA);
    expect(await codeOf(guard.canActivate(context))).toBe('FORBIDDEN');
    expect(denials).toEqual([{ reden: 'rol-niet-toegestaan' }]);
  });

  it('lets a caller with a role through and fills the request context', async () => {
    const { guard, context, request, denials } = setup({ roles: ['leerplichtambtenaar'], purpose: 'leerlingdossier-inzien' }, 'token', async () => LPA);
    await expect(guard.canActivate(context)).resolves.toBe(true);
    expect(request.principal).toEqual(LPA);
    expect(request.activiteit).toBe('leerlingdossier-inzien');
    expect(request.operatie).toBe('query Q / Query.leerlingdossier');
    expect(denials).toEqual([]);
  });
});
