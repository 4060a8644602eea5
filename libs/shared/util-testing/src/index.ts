export * from './test-environment';
export * from './service-process';
export * from './platform';
export * from './keycloak-tokens';
export * from './graphql-client';
export * from './bsn-generator';
export * from './dedicated-kafka';
