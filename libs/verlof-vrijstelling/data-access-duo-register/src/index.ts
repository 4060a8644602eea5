export { DuoRegisterFout, type DuoRegisterFoutCode } from './duo-register-fout';
export {
  DUO_GESLACHTEN,
  DUO_REGISTRATIE_SOORTEN,
  DUO_VERVANGENDE_LEERPLICHT_ARTIKELEN,
  DUO_VRIJSTELLING_GRONDEN,
  type DuoBeeindiging,
  type DuoBeeindigingResultaat,
  type DuoGeslacht,
  type DuoPersoonsgegevens,
  type DuoRegistratie,
  type DuoRegistratieResultaat,
  type DuoRegistratieSoort,
  type DuoVervangendeLeerplichtArtikel,
  type DuoVrijstellingGrond,
  type DuoVrijstellingenregister,
} from './duo-registratie';
export { dagErvoor, isDatum, isPersoonsgebondenNummer, naarWireBeeindiging, naarWireRegistratie, valideerDuoRegistratie, type DuoRegistratieProbleem } from './register-berichten';
export { BEEINDIGINGEN_PAD, REGISTRATIES_PAD, RegisterVrijstellingenClient, type RegisterVrijstellingenClientOpties } from './register-vrijstellingen.client';
export { startDuoRegisterSimulatorInWorker, type DuoRegisterOntvangen, type DuoRegisterSimulatorHandle, type DuoRegisterSimulatorOpties } from './testing/duo-register-simulator';
