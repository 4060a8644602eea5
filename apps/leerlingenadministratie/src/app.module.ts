import { Module, type DynamicModule } from '@nestjs/common';
import { absoluutVerzuimVermoedV1, persoonVerhuisdV1 } from '@leerrecht/shared/contracts-events';
import { PlatformModule, type SubgraphConfig } from '@leerrecht/shared/feature-subgraph';
import { AbsoluutVerzuimModule } from './absoluut-verzuim/absoluut-verzuim.module';
import { BrpModule } from './brp/brp.module';
import { ImportModule } from './import/import.module';
import { InschrijvingModule } from './inschrijving/inschrijving.module';
import type { AdministratieConfig } from './kern/administratie.config';
import { KernModule } from './kern/kern.module';
import { LEERLINGENADMINISTRATIE_ENTITIES, LEERLINGENADMINISTRATIE_SERVICE } from './leerlingenadministratie.database';
import { LeerlingdossierModule } from './leerlingdossier/leerlingdossier.module';
import { LogboekModule } from './logboek/logboek.module';
import { SchoolModule } from './school/school.module';
import { VrijstellingModule } from './vrijstelling/vrijstelling.module';

@Module({})
export class AppModule {
  static register(config: SubgraphConfig, administratie: AdministratieConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({
          service: LEERLINGENADMINISTRATIE_SERVICE,
          config,
          entities: LEERLINGENADMINISTRATIE_ENTITIES,
          produces: [persoonVerhuisdV1, absoluutVerzuimVermoedV1],
        }),
        KernModule.register(administratie),
        LeerlingdossierModule,
        InschrijvingModule,
        SchoolModule,
        BrpModule,
        AbsoluutVerzuimModule,
        ImportModule,
        LogboekModule,
        VrijstellingModule,
      ],
    };
  }
}
