export * from './platform.module';
export * from './platform-options';
export * from './platform-config';
export * from './domain-error';
export * from './bootstrap';
export * from './health.controller';
export * from './migrate-service';
export * from './verwerkingslog';
