import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, type SubgraphConfig } from '@leerrecht/shared/feature-subgraph';
import { VERLOF_VRIJSTELLING_ENTITIES, VERLOF_VRIJSTELLING_SERVICE } from './verlof-vrijstelling.database';
import { VerlofaanvraagModule } from './verlofaanvraag/verlofaanvraag.module';

@Module({})
export class AppModule {
  static register(config: SubgraphConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ service: VERLOF_VRIJSTELLING_SERVICE, config, entities: VERLOF_VRIJSTELLING_ENTITIES, produces: [] }),
        VerlofaanvraagModule,
      ],
    };
  }
}
