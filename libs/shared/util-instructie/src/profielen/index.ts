import type { InstructieInvoer } from '../instructie.schema';
import { IJSSEL_VECHT } from './ijssel-vecht';
import { NOORDOOSTPOLDER } from './noordoostpolder';
import { TWENTE } from './twente';
import { ZUID_OOST_UTRECHT } from './zuid-oost-utrecht';

export { IJSSEL_VECHT, NOORDOOSTPOLDER, TWENTE, ZUID_OOST_UTRECHT };

/** The four profiles of domain README §7, loaded by InstructieRegister.laad() at service start. */
export const ALLE_PROFIELEN: readonly InstructieInvoer[] = [IJSSEL_VECHT, NOORDOOSTPOLDER, ZUID_OOST_UTRECHT, TWENTE];
