import { Module, type DynamicModule } from '@nestjs/common';
import { verzuimmeldingOntvangenV1 } from '@leerrecht/shared/contracts-events';
import { PlatformModule, type SubgraphConfig } from '@leerrecht/shared/feature-subgraph';
import { VERZUIM_ENTITIES, VERZUIM_SERVICE } from './verzuim.database';
import { VerzuimmeldingModule } from './verzuimmelding/verzuimmelding.module';

@Module({})
export class AppModule {
  static register(config: SubgraphConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ service: VERZUIM_SERVICE, config, entities: VERZUIM_ENTITIES, produces: [verzuimmeldingOntvangenV1] }),
        VerzuimmeldingModule,
      ],
    };
  }
}
