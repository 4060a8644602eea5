import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { JsonLogger } from '@leerrecht/shared/util-logging';
import { DomainError } from './domain-error';

/**
 * Lets GraphQL errors through to `formatGraphQLError` unchanged. Expected refusals (domain
 * errors, authentication and authorization) are not logged as errors: they are in the audit
 * log. Anything else is logged with its name and a redacted message, under the request's trace.
 * HTTP errors (the health endpoints) go to Nest's default JSON handling.
 */
@Catch()
export class GraphQLExceptionFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  constructor(private readonly logger: JsonLogger) {
    super();
  }

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'graphql') {
      // REST (health endpoints): Nest's own JSON error responses.
      return super.catch(exception, host);
    }
    const expected = exception instanceof DomainError || exception instanceof GraphQLError;
    if (!expected) {
      this.logger.event('error', exception instanceof Error ? `${exception.name}: ${exception.message}` : 'onbekende fout', { component: 'graphql' });
    }
    return exception;
  }
}
