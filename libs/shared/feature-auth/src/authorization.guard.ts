import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { Verwerkingsactiviteit } from '@leerrecht/shared/data-access-audit';
import { InvalidTokenError, type AccessTokenVerifier } from './access-token-verifier';
import { PURPOSE_KEY, ROLES_KEY } from './authorization.decorators';
import { heeftRol, type Rol } from './principal';
import type { RequestContext } from './request-context';

export const ACCESS_TOKEN_VERIFIER = Symbol('ACCESS_TOKEN_VERIFIER');
export const DENIAL_RECORDER = Symbol('DENIAL_RECORDER');

/** Writes the audit record of a refused call (the Logboek records refusals too). */
export interface DenialRecorder {
  /**
   * `args` are the resolver's arguments: the recorder may derive the data subject from them.
   * `betreft` names subject and gemeente when the refusing code knows them (e.g. a Wpg case).
   */
  recordDenial(request: RequestContext, reden: string, args: Record<string, unknown>, betreft?: { betrokkene?: string | null; gemeente?: string | null }): Promise<void>;
}

/**
 * Runs before every GraphQL resolver of a subgraph (registered as a global guard, with field
 * resolvers included). Fails closed: a resolver without `@Roles()` and `@Purpose()` is refused.
 * Order: declaration → authentication → role. Each refusal is audited before it is returned.
 * The gemeente dimension is enforced below this guard, by row-level security on the data.
 */
@Injectable()
export class AuthorizationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(ACCESS_TOKEN_VERIFIER) private readonly verifier: AccessTokenVerifier,
    @Inject(DENIAL_RECORDER) private readonly denials: DenialRecorder,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<GqlContextType>() !== 'graphql') {
      return true; // health endpoints; they carry no personal data
    }
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    const request = gql.getContext<{ leerrecht: RequestContext }>().leerrecht;
    const args = gql.getArgs<Record<string, unknown>>();
    const targets = [context.getHandler(), context.getClass()];
    const rollen = this.reflector.getAllAndOverride<Rol[] | undefined>(ROLES_KEY, targets);
    const activiteit = this.reflector.getAllAndOverride<Verwerkingsactiviteit | undefined>(PURPOSE_KEY, targets);
    request.operatie = `${info.operation.operation} ${info.operation.name?.value ?? '(naamloos)'} / ${info.parentType.name}.${info.fieldName}`;

    if (!rollen || rollen.length === 0 || !activiteit) {
      await this.denials.recordDenial(request, 'geen-autorisatie-gedeclareerd', args);
      throw forbidden();
    }
    request.activiteit = activiteit;

    if (!request.principal) {
      if (!request.bearerToken) {
        await this.denials.recordDenial(request, 'niet-geauthenticeerd', args);
        throw unauthenticated();
      }
      try {
        request.principal = await this.verifier.verify(request.bearerToken);
      } catch (error) {
        await this.denials.recordDenial(request, error instanceof InvalidTokenError ? 'ongeldig-token' : 'tokencontrole-mislukt', args);
        throw unauthenticated();
      }
    }

    if (!heeftRol(request.principal, ...rollen)) {
      await this.denials.recordDenial(request, 'rol-niet-toegestaan', args);
      throw forbidden();
    }
    return true;
  }
}

export function unauthenticated(): GraphQLError {
  return new GraphQLError('Niet aangemeld: een geldig toegangstoken is vereist.', { extensions: { code: 'UNAUTHENTICATED' } });
}

export function forbidden(): GraphQLError {
  return new GraphQLError('Geen toegang voor deze rol of dit doel.', { extensions: { code: 'FORBIDDEN' } });
}
