export * from './contract-violation';
export * from './define-event';
export * from './envelope';
export * from './events';
