export * from './json-logger';
export * from './trace-context';
