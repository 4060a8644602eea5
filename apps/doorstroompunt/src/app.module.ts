import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, type SubgraphConfig } from '@leerrecht/shared/feature-subgraph';
import { DOORSTROOMPUNT_ENTITIES, DOORSTROOMPUNT_SERVICE } from './doorstroompunt.database';
import { TrajectModule } from './traject/traject.module';

@Module({})
export class AppModule {
  static register(config: SubgraphConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ service: DOORSTROOMPUNT_SERVICE, config, entities: DOORSTROOMPUNT_ENTITIES, produces: [] }),
        TrajectModule,
      ],
    };
  }
}
