export { DuoFout, type DuoFoutCode } from './duo-fout';
export {
  DUO_AFSLUITREDENEN,
  DUO_CATEGORIEEN,
  DUO_MELDING_STATUSSEN,
  DUO_ONDERWIJSSOORTEN,
  DUO_TOELICHTINGEN,
  duoVerzuimsoort,
  type DuoAdres,
  type DuoAfsluitreden,
  type DuoMelder,
  type DuoMeldingStatus,
  type DuoOnderwijssoort,
  type DuoToelichting,
  type DuoVerzuimmelding,
  type DuoVerzuimsoort,
} from './duo-verzuimmelding';
export type { DuoLevering, DuoLeveringen, DuoTerugkoppeling, DuoVerzuimregister } from './duo-verzuimregister';
export { leesVerzuimmelding, type RodMeldingLezing } from './rod-berichten';
export { ROD_LEVERINGEN_PAD, ROD_TERUGKOPPELING_PAD, RodVerzuimClient, type RodVerzuimClientOpties } from './rod-verzuim.client';
export { startDuoSimulatorInWorker, type DuoOntvangenTerugkoppeling, type DuoSimulatorHandle, type DuoSimulatorOpties } from './testing/duo-simulator';
