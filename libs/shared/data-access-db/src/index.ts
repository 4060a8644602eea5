export * from './tenant-context';
export * from './rls';
export * from './service-database';
export * from './migrate';
