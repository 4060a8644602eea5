// The term arithmetic moved to the shared calendar library, so verzuim computes its task
// deadlines with the same code; re-exported here for the administration's existing callers.
export { termijnEinde } from '@leerrecht/shared/util-kalender';
