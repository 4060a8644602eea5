export * from './leerplicht.types';
export { beginLeerplicht, eindeVolledigeLeerplicht, isLeerplichtigOfKwalificatieplichtig, leerplichtStatus } from './leerplicht-status';
export { datumInWoorden, leeftijdOp, verjaardag } from './datum';
