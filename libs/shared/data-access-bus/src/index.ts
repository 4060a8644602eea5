export * from './bus-config';
export * from './bus-migrations';
export * from './dlq-replay';
export * from './event-consumer';
export * from './kafka-bus';
export * from './outbox-relay';
export * from './outbox-writer';
