import { Injectable } from '@nestjs/common';
import { DataSource, Not, type FindOptionsWhere } from 'typeorm';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import { heeftRol, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import { Verwerkingslog, vereisGeldigBsn } from '@leerrecht/shared/feature-subgraph';
import type { SignaalModel } from './models/signaal.model';
import { SignaalEntity, type SignaalClassificatie } from './signaal.entity';

@Injectable()
export class SignaalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly verwerkingslog: Verwerkingslog,
  ) {}

  /**
   * The signals about a youth in the caller's gemeenten (row-level security), newest first. A
   * partner system sees only the signals it sent itself (architecture; ketenpartners.md §11.4);
   * Wpg-classified signals are not even read for callers without the Wpg authorisation. The audit
   * record is written in the same transaction; if it cannot be stored, the read fails.
   */
  async voorPersoon(bsn: string, principal: Principal, request: RequestContext): Promise<SignaalModel[]> {
    vereisGeldigBsn(bsn);
    const isPartner = principal.type === 'partner' || heeftRol(principal, 'partner-school', 'partner-wijkteam');
    const where: FindOptionsWhere<SignaalEntity> = {
      bsn,
      ...(isPartner ? { partnerClientId: principal.clientId } : {}),
      ...(heeftRol(principal, 'wpg-verwerking') ? {} : { classificatie: Not<SignaalClassificatie>('Wpg') }),
    };
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const signalen = await manager.find(SignaalEntity, { where, order: { ontvangenOp: 'DESC', id: 'ASC' } });
      const gemeenten = [...new Set(signalen.map((signaal) => signaal.gemeente))];
      await this.verwerkingslog.leg(manager, request, principal, {
        bsn,
        gemeente: gemeenten.length === 1 ? gemeenten[0] : null,
        reden: signalen.length > 0 ? null : 'geen-zaken-in-eigen-gemeenten',
      });
      return signalen.map((signaal) => ({
        id: signaal.id,
        gemeente: signaal.gemeente,
        afzender: signaal.partnerClientId,
        doel: signaal.doel,
        grondslag: signaal.grondslag,
        ontvangenOp: signaal.ontvangenOp,
        status: signaal.status,
        classificatie: signaal.classificatie,
        instructieVersie: signaal.instructieVersie,
      }));
    });
  }
}
