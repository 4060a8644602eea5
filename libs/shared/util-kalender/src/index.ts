export type { Datum, Kalender, Vakantieregio } from './kalender.types';
export {
  KalenderError,
  dagenInMaand,
  dagnummer,
  isDatum,
  isSchrikkeljaar,
  maakDatum,
  ontleed,
  plusDagen,
  type Datumdelen,
  type KalenderErrorCode,
} from './datum';
export {
  EERSTE_ONDERSTEUNDE_JAAR,
  GELIJKSTELLINGSBESLUITEN,
  feestdagen,
  gelijkstellingBekend,
  isAlgemeneErkendeFeestdag,
  koningsdag,
  paaszondag,
  type Feestdag,
  type FeestdagSoort,
  type Gelijkstellingsbesluit,
} from './feestdagen';
export {
  ROOSTER_STATUSSEN,
  STANDAARD_VAKANTIEROOSTER,
  VAKANTIEREGIOS,
  VAKANTIE_NAMEN,
  valideerVakantierooster,
  vakantieroosterSchema,
  type RoosterStatus,
  type SchooljaarRooster,
  type Vakantie,
  type VakantieNaam,
  type Vakantieperiode,
  type Vakantierooster,
} from './vakantierooster';
export { NederlandseKalender, schooljaarVan, type KalenderOpties, type Schooljaar, type Schooljaarnaam } from './kalender';
export { termijnEinde, type TermijnEenheid, type Termijnduur } from './termijn';
export { MAANDNAMEN, datumInWoorden, leeftijdOp, verjaardag, type Schrikkeldagregel } from './leeftijd';
