import { Catch, Inject, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlArgumentsHost, type GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { DENIAL_RECORDER, type DenialRecorder, type RequestContext } from '@leerrecht/shared/feature-auth';
import { JsonLogger } from '@leerrecht/shared/util-logging';
import { DomainError } from './domain-error';

/**
 * Lets GraphQL errors through to `formatGraphQLError` unchanged. Expected refusals (domain
 * errors, authentication and authorization) are not logged as errors: they are in the audit
 * log. A domain error that refuses access (`weigering`: another gemeente, a Wpg case) is written
 * to the Logboek here, after the request's own transaction rolled back; if that write fails, the
 * caller gets AUDIT_UNAVAILABLE. Anything else is logged with its name and a redacted message,
 * under the request's trace. HTTP errors (the health endpoints) go to Nest's default JSON handling.
 */
@Catch()
export class GraphQLExceptionFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  constructor(
    private readonly logger: JsonLogger,
    @Inject(DENIAL_RECORDER) private readonly denials: DenialRecorder,
  ) {
    super();
  }

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'graphql') {
      // REST (health endpoints): Nest's own JSON error responses.
      return super.catch(exception, host);
    }
    if (exception instanceof DomainError && exception.weigering) {
      return this.legWeigeringVast(exception, host);
    }
    const expected = exception instanceof DomainError || exception instanceof GraphQLError;
    if (!expected) {
      this.logger.event('error', exception instanceof Error ? `${exception.name}: ${exception.message}` : 'onbekende fout', { component: 'graphql' });
    }
    return exception;
  }

  private async legWeigeringVast(exception: DomainError, host: ArgumentsHost): Promise<unknown> {
    const gql = GqlArgumentsHost.create(host);
    const request = gql.getContext<{ leerrecht?: RequestContext }>().leerrecht;
    const weigering = exception.weigering;
    if (request === undefined || weigering === undefined) return exception;
    try {
      await this.denials.recordDenial(request, weigering.reden, gql.getArgs<Record<string, unknown>>(), { betrokkene: weigering.betrokkene, gemeente: weigering.gemeente });
    } catch (fout) {
      return fout;
    }
    return exception;
  }
}
