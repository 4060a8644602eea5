export { BrpFout, type BrpFoutCode } from './brp-fout';
export {
  BRP_MUTATIE_SOORTEN,
  RNI_GEMEENTE,
  mutatieVanHaalCentraal,
  vanHaalCentraal,
  type BrpAdres,
  type BrpGeslacht,
  type BrpMutatie,
  type BrpMutatieSoort,
  type BrpOuder,
  type BrpPersoon,
  type IsoDatum,
} from './brp-persoon';
export {
  BRP_BATCHGROOTTE,
  BRP_FIELDS,
  HaalCentraalBrpClient,
  type BrpBron,
  type BrpWijzigingen,
  type HaalCentraalBrpClientOpties,
  type RaadpleegOpties,
} from './haal-centraal-brp.client';
export { leesBrpBulkbestand, type BrpBulkRegel } from './brp-bulkbestand';
export { startBrpSimulatorInWorker, type BrpSimulatorHandle, type BrpSimulatorOpties } from './testing/brp-simulator';
