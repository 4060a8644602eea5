import { ApolloFederationDriver, type ApolloFederationDriverConfig } from '@nestjs/apollo';
import { Global, Module, type DynamicModule, type Provider } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { AuditWriter } from '@leerrecht/shared/data-access-audit';
import { EventConsumer, KafkaBus, OutboxRelay, OutboxWriter } from '@leerrecht/shared/data-access-bus';
import { createServiceDataSource, serviceDatabaseSpec, withDatabaseUser } from '@leerrecht/shared/data-access-db';
import {
  ACCESS_TOKEN_VERIFIER,
  AuthorizationGuard,
  DENIAL_RECORDER,
  KeycloakBearerVerifier,
  type RequestContext,
} from '@leerrecht/shared/feature-auth';
import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { JsonLogger, currentTrace, requestLogPlugin, traceFromTraceparent } from '@leerrecht/shared/util-logging';
import { AuditDenialRecorder } from './denial-recorder';
import { formatGraphQLError } from './domain-error';
import { GraphQLExceptionFilter } from './graphql-exception.filter';
import { HealthController } from './health.controller';
import { PlatformLifecycle } from './platform-lifecycle';
import { Verwerkingslog } from './verwerkingslog';
import { PLATFORM_OPTIONS, SUBGRAPH_CONFIG, type PlatformOptions } from './platform-options';
import type { SubgraphConfig } from './platform-config';

/**
 * Everything a Leerrecht subgraph service stands on, wired once: config, JSON logs, its own
 * database role and schema, the Kafka bus (outbox relay + idempotent consumer), the audit log,
 * token validation and the authorization guard, the Federation 2 GraphQL endpoint and health.
 * A service's AppModule imports `PlatformModule.forRoot(...)` and adds its own feature modules.
 */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions & { config: SubgraphConfig }): DynamicModule {
    const { config } = options;
    const spec = serviceDatabaseSpec(options.service);
    const logger = new JsonLogger(options.service, config.LOG_LEVEL);
    const providers: Provider[] = [
      { provide: PLATFORM_OPTIONS, useValue: options },
      { provide: SUBGRAPH_CONFIG, useValue: config },
      { provide: JsonLogger, useValue: logger },
      {
        provide: DataSource,
        useFactory: async () => {
          const dataSource = createServiceDataSource({
            url: config.SERVICE_DATABASE_URL ?? withDatabaseUser(config.DATABASE_URL, spec.role),
            spec,
            entities: options.entities,
          });
          return dataSource.initialize();
        },
      },
      {
        provide: KafkaBus,
        useFactory: (logger: JsonLogger) =>
          new KafkaBus(
            { brokers: config.KAFKA_BROKERS, clientId: `leerrecht-${options.service}` },
            { log: (level, msg, fields) => logger.event(level, msg, fields), logLevel: config.LOG_LEVEL === 'debug' ? 'info' : 'warn' },
          ),
        inject: [JsonLogger],
      },
      { provide: OutboxWriter, useValue: new OutboxWriter(spec.schema) },
      {
        provide: OutboxRelay,
        useFactory: (dataSource: DataSource, bus: KafkaBus) => new OutboxRelay(dataSource, bus, spec.schema),
        inject: [DataSource, KafkaBus],
      },
      {
        provide: EventConsumer,
        useFactory: (dataSource: DataSource, bus: KafkaBus) =>
          new EventConsumer(dataSource, bus, {
            brokers: config.KAFKA_BROKERS,
            clientId: `leerrecht-${options.service}`,
            consumerGroup: `leerrecht-${options.service}`,
            schema: spec.schema,
          }, { partitionsConsumedConcurrently: options.consumerConcurrency ?? 1 }),
        inject: [DataSource, KafkaBus],
      },
      { provide: AuditWriter, useValue: new AuditWriter() },
      {
        provide: DENIAL_RECORDER,
        useFactory: (dataSource: DataSource, audit: AuditWriter) => new AuditDenialRecorder(dataSource, audit, options.service, config.PSEUDONYM_KEY),
        inject: [DataSource, AuditWriter],
      },
      {
        provide: ACCESS_TOKEN_VERIFIER,
        useValue: new KeycloakBearerVerifier({ url: config.KEYCLOAK_URL, realm: config.KEYCLOAK_REALM, audience: config.KEYCLOAK_AUDIENCE }),
      },
      // Loaded and validated at start: a broken profile stops the service here.
      { provide: InstructieRegister, useValue: InstructieRegister.laad() },
      { provide: APP_GUARD, useClass: AuthorizationGuard },
      { provide: APP_FILTER, useClass: GraphQLExceptionFilter },
      PlatformLifecycle,
      Verwerkingslog,
    ];
    return {
      module: PlatformModule,
      imports: [
        GraphQLModule.forRoot<ApolloFederationDriverConfig>({
          driver: ApolloFederationDriver,
          autoSchemaFile: { federation: 2 },
          sortSchema: true,
          path: '/graphql',
          // Introspection of a subgraph is needed by composition tooling; the public endpoint
          // (the gateway) allows it only in development.
          introspection: config.NODE_ENV !== 'production',
          playground: false,
          // No trace data in responses: a partner must not learn our resolver timings.
          plugins: [ApolloServerPluginInlineTraceDisabled(), requestLogPlugin(logger)],
          fieldResolverEnhancers: ['guards'],
          formatError: formatGraphQLError,
          context: ({ req }: { req: Request }): { leerrecht: RequestContext } => ({
            leerrecht: {
              trace: currentTrace() ?? traceFromTraceparent(req.header('traceparent')),
              bearerToken: bearerTokenOf(req),
              principal: null,
              operatie: '(onbekend)',
              activiteit: null,
            },
          }),
        }),
      ],
      controllers: [HealthController],
      providers,
      // Everything except the global guard and filter is available to the service's own modules.
      exports: providers.filter((provider) => !(typeof provider === 'object' && 'provide' in provider && (provider.provide === APP_GUARD || provider.provide === APP_FILTER))),
    };
  }
}

function bearerTokenOf(req: Request): string | null {
  const header = req.header('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match ? match[1] : null;
}
