import { readFileSync } from 'node:fs';
import { IntrospectAndCompose, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloGatewayDriver, type ApolloGatewayDriverConfig } from '@nestjs/apollo';
import { Controller, Get, Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { veiligeFoutmelding } from '@leerrecht/shared/feature-subgraph';
import { JsonLogger, currentTrace, requestLogPlugin, toTraceparent, traceFromTraceparent } from '@leerrecht/shared/util-logging';
import type { GatewayConfig } from './gateway-config';
import { queryLimitsPlugin } from './query-limits';

interface GatewayContext {
  authorization: string | null;
  traceparent: string;
}

/** Codes whose messages are written by our subgraphs for the caller and carry no personal data. */
const SAFE_CODES = new Set([
  'UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED',
  'QUERY_TOO_COMPLEX', 'AUDIT_UNAVAILABLE', 'PERSISTED_QUERY_NOT_FOUND',
  'ONGELDIG_BSN', 'ONGELDIGE_INVOER', 'ONBEKENDE_GEMEENTE', 'GEMEENTE_NIET_TOEGESTAAN', 'ONGELDIG_BRIN',
  'BRIN_NIET_TOEGESTAAN', 'ONGELDIGE_DATUM', 'ONGELDIGE_PERIODE', 'ONGELDIGE_UREN',
]);

/**
 * Errors leave the gateway with a known code and the subgraph's caller-facing message, or as a
 * generic error: never a stack trace, never a downstream message we did not write.
 */
export function formatGatewayError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : 'INTERNAL_SERVER_ERROR';
  if (SAFE_CODES.has(code)) {
    const veld = formatted.extensions?.veld;
    return { message: veiligeFoutmelding(formatted.message), path: formatted.path, extensions: { code, ...(typeof veld === 'string' ? { veld } : {}) } };
  }
  return { message: 'Interne fout; de beheerder kan de trace-id in de logs opzoeken.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** Forwards the caller's own token (never a bare identity header) and the trace to each subgraph. */
class AuthenticatedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if ('authorization' in context && context.authorization) {
      request.http?.headers.set('authorization', context.authorization);
    }
    if ('traceparent' in context && context.traceparent) {
      request.http?.headers.set('traceparent', context.traceparent);
    }
  }
}

@Controller('health')
class GatewayHealthController {
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  ready(): { status: 'ok' } {
    return { status: 'ok' };
  }
}

@Module({})
export class GatewayModule {
  static register(config: GatewayConfig): DynamicModule {
    const development = config.NODE_ENV !== 'production';
    const logger = new JsonLogger('gateway', config.LOG_LEVEL);
    // The checked-in supergraph (npm run supergraph) is the contract; IntrospectAndCompose is
    // only used when SUPERGRAPH_PATH=introspect, for a developer adding a field.
    const supergraph = config.SUPERGRAPH_PATH === 'introspect' ? undefined : readFileSync(config.SUPERGRAPH_PATH, 'utf8');
    return {
      module: GatewayModule,
      controllers: [GatewayHealthController],
      providers: [{ provide: JsonLogger, useValue: logger }],
      exports: [JsonLogger],
      imports: [
        GraphQLModule.forRoot<ApolloGatewayDriverConfig>({
          driver: ApolloGatewayDriver,
          server: {
            path: '/graphql',
            introspection: development,
            playground: false,
            plugins: [queryLimitsPlugin({ maxDepth: config.MAX_QUERY_DEPTH, maxFields: config.MAX_QUERY_FIELDS }), requestLogPlugin(logger)],
            formatError: formatGatewayError,
            context: ({ req }: { req: Request }): GatewayContext => ({
              authorization: req.header('authorization') ?? null,
              traceparent: toTraceparent(currentTrace() ?? traceFromTraceparent(req.header('traceparent'))),
            }),
          },
          gateway: {
            ...(supergraph
              ? { supergraphSdl: supergraph }
              : { supergraphSdl: new IntrospectAndCompose({ subgraphs: Object.entries(config.subgraphUrls).map(([name, url]) => ({ name, url })) }) }),
            buildService: ({ name, url }) => new AuthenticatedDataSource({ url: config.subgraphUrls[name] ?? url }),
          },
        }),
      ],
    };
  }
}
