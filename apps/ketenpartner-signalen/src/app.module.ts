import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, type SubgraphConfig } from '@leerrecht/shared/feature-subgraph';
import { KETENPARTNER_SIGNALEN_ENTITIES, KETENPARTNER_SIGNALEN_SERVICE } from './ketenpartner-signalen.database';
import { SignaalModule } from './signaal/signaal.module';

@Module({})
export class AppModule {
  static register(config: SubgraphConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ service: KETENPARTNER_SIGNALEN_SERVICE, config, entities: KETENPARTNER_SIGNALEN_ENTITIES, produces: [] }),
        SignaalModule,
      ],
    };
  }
}
