/**
 * One Jest configuration, two projects:
 * - unit: `*.spec.ts` beside the code, no I/O.
 * - integration: `*.integration-spec.ts` against the real PostgreSQL, Kafka and Keycloak, which
 *   tools/scripts/test.mjs starts (or finds running) before Jest runs; the global setup builds a
 *   fresh test database.
 * Path aliases come from tsconfig.base.json so tests import exactly what the apps import.
 * (Plain JS on purpose: a jest.config.ts would need ts-node just to be read.)
 */
const { readFileSync } = require('node:fs');

const swcOptions = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));
const tsconfig = JSON.parse(readFileSync(`${__dirname}/tsconfig.base.json`, 'utf8'));
const moduleNameMapper = Object.fromEntries(
  Object.entries(tsconfig.compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);

const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swcOptions, swcrc: false }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper,
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.stack/'],
};

/** @type {import('jest').Config} */
module.exports = {
  // Integration tests wait on Kafka consumer groups and Keycloak; unit tests finish far below this.
  testTimeout: 120_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,tools}/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs,tools}/**/*.integration-spec.ts'],
      globalSetup: '<rootDir>/libs/shared/util-testing/src/global-setup.ts',
      globalTeardown: '<rootDir>/libs/shared/util-testing/src/global-teardown.ts',
    },
  ],
};
