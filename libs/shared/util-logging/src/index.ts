export * from './json-logger';
export * from './trace-context';
export * from './request-log.plugin';
