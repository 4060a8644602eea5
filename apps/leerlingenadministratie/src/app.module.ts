import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, type SubgraphConfig } from '@leerrecht/shared/feature-subgraph';
import { LEERLINGENADMINISTRATIE_ENTITIES, LEERLINGENADMINISTRATIE_SERVICE } from './leerlingenadministratie.database';
import { InschrijvingModule } from './inschrijving/inschrijving.module';
import { LeerlingdossierModule } from './leerlingdossier/leerlingdossier.module';
import { LogboekModule } from './logboek/logboek.module';

@Module({})
export class AppModule {
  static register(config: SubgraphConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ service: LEERLINGENADMINISTRATIE_SERVICE, config, entities: LEERLINGENADMINISTRATIE_ENTITIES, produces: [] }),
        LeerlingdossierModule,
        InschrijvingModule,
        LogboekModule,
      ],
    };
  }
}
