import { DomainError } from '@leerrecht/shared/feature-subgraph';
import { VerzuimregelFout } from '@leerrecht/verzuim/util-verzuimregels';

/** The rules library speaks VerzuimregelFout; the API speaks DomainError (same code, same field). */
export function vertaalRegelfout<T>(regel: () => T): T {
  try {
    return regel();
  } catch (fout) {
    if (fout instanceof VerzuimregelFout) {
      throw new DomainError(fout.code, fout.message, fout.veld ?? undefined);
    }
    throw fout;
  }
}
