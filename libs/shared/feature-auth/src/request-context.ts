import type { Verwerkingsactiviteit } from '@leerrecht/shared/data-access-audit';
import type { TraceContext } from '@leerrecht/shared/util-logging';
import type { Principal } from './principal';

/** Per-request state, created in the GraphQL context and filled in by the AuthorizationGuard. */
export interface RequestContext {
  trace: TraceContext;
  bearerToken: string | null;
  principal: Principal | null;
  operatie: string;
  activiteit: Verwerkingsactiviteit | null;
}
