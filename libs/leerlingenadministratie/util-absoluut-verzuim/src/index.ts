export * from './absoluut-verzuim.types';
export { isKandidaat } from './kandidaat';
export { startProcedure, verwerk, volgendeStap } from './procedure';
export { termijnEinde } from './termijn-einde';
