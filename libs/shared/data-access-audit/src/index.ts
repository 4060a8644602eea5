export * from './verwerkingsactiviteiten';
export * from './audit-record';
export * from './audit-migration';
