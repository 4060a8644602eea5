export * from './principal';
export * from './access-token-verifier';
export * from './authorization.decorators';
export * from './authorization.guard';
export * from './request-context';
