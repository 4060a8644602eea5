import type { ApolloServerPlugin } from '@apollo/server';
import type { JsonLogger } from './json-logger';

/**
 * One access-log line per GraphQL request: operation type and name, duration, error codes, and
 * the trace id (through the logger). Never variables or results — those hold personal data.
 */
export function requestLogPlugin(logger: JsonLogger): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operation, operationName, errors }) {
          const codes = (errors ?? []).map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          logger.event(codes.length > 0 ? 'warn' : 'info', 'graphql-verzoek', {
            operatie: `${operation?.operation ?? 'onbekend'} ${operationName ?? '(naamloos)'}`,
            duurMs: Number((process.hrtime.bigint() - started) / 1_000_000n),
            fouten: codes.join(',') || null,
          });
        },
      };
    },
  };
}
