export * from './leerplicht.types';
export { beginLeerplicht, eindeVolledigeLeerplicht, isLeerplichtigOfKwalificatieplichtig, leerplichtStatus } from './leerplicht-status';
export { leeftijdOp, verjaardag } from './datum';
