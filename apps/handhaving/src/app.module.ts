import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, type SubgraphConfig } from '@leerrecht/shared/feature-subgraph';
import { HANDHAVING_ENTITIES, HANDHAVING_SERVICE } from './handhaving.database';
import { HandhavingszaakModule } from './handhavingszaak/handhavingszaak.module';

@Module({})
export class AppModule {
  static register(config: SubgraphConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ service: HANDHAVING_SERVICE, config, entities: HANDHAVING_ENTITIES, produces: [] }),
        HandhavingszaakModule,
      ],
    };
  }
}
