import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Verwerkingsactiviteit } from '@leerrecht/shared/data-access-audit';
import type { Principal, Rol } from './principal';
import type { RequestContext } from './request-context';

export const ROLES_KEY = 'leerrecht:roles';
export const PURPOSE_KEY = 'leerrecht:purpose';

/** Which realm roles may call this resolver (any one of them). Required on every resolver. */
export const Roles = (...rollen: Rol[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, rollen);

/** The processing activity (verwerkingsactiviteit) this resolver serves. Required on every resolver. */
export const Purpose = (activiteit: Verwerkingsactiviteit): MethodDecorator & ClassDecorator => SetMetadata(PURPOSE_KEY, activiteit);

/** The authenticated caller; only available behind the AuthorizationGuard. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const request = requestContextOf(context);
  if (!request.principal) {
    throw new Error('CurrentPrincipal gebruikt zonder AuthorizationGuard');
  }
  return request.principal;
});

/** The request context (principal, trace, operation, purpose) of the current GraphQL call. */
export const CurrentRequest = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext => requestContextOf(context));

export function requestContextOf(context: ExecutionContext): RequestContext {
  const gql = GqlExecutionContext.create(context);
  const ctx = gql.getContext<{ leerrecht: RequestContext }>();
  return ctx.leerrecht;
}
