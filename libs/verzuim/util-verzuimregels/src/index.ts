export { VerzuimregelFout, type Regels, type VerzuimregelFoutCode, type Zaaksoort } from './verzuimregels.types';
export { EINDE_DOORSTROOMPUNT_LEEFTIJD, EINDE_KWALIFICATIEPLICHT_LEEFTIJD, HALT_VANAF_LEEFTIJD, SVB_VANAF_LEEFTIJD } from './wet';
export {
  beoordeelWettelijkVerzuim,
  type Verzuimregistratie,
  type WettelijkVerzuimBeoordeling,
  type WettelijkVerzuimInvoer,
  type WettelijkVerzuimUitkomst,
} from './wettelijk-verzuim';
export { VERLEEND_VERLOF_BRON, isEersteOvertreding, stelLuxeVerzuimVoor, type EerdereMaatregel, type LuxeVerzuimAdvies, type LuxeVerzuimVoorstel } from './luxe-verzuim';
export { verlofInMelding, type VerlofInMelding, type Verlofperiode } from './verleend-verlof';
export { teLaatTrede, type TeLaatTrede } from './te-laat';
export {
  TAAK_OMSCHRIJVING,
  TAAK_SOORTEN,
  takenBijOpening,
  takenNaGesprek,
  zatTerugkoppelingToegestaan,
  type TaakSoort,
  type TaakVoorschrift,
  type TakenBijOpeningInvoer,
} from './taken';
export { MAATREGELEN, mogelijkeMaatregelen, vereisMaatregelMogelijk, type Maatregel, type MogelijkeMaatregel } from './maatregelen';
export { heeftToestemming, type Toestemming } from './toestemming';
export { MAS_ROUTES, MINIMALE_UITLEG_TEKENS, beoordeelFaseovergang, beoordeelRoutekeuze, vereisUitleg, type MasRoute, type UitlegOordeel } from './mas';
export { bewaartermijn, type Bewaartermijn, type Classificatie } from './bewaartermijn';
export { zaaksoortVoor } from './zaaksoort';
