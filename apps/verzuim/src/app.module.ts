import { Module, type DynamicModule } from '@nestjs/common';
import {
  duoMeldingOpgehaaldV1,
  handhavingGevraagdV1,
  verzuimAchttienPlusGemeldV1,
  verzuimbriefGevraagdV1,
  verzuimmeldingOntvangenV1,
  verzuimmeldingStatusGewijzigdV1,
} from '@leerrecht/shared/contracts-events';
import { PlatformModule, type SubgraphConfig } from '@leerrecht/shared/feature-subgraph';
import { AbsoluutVerzuimModule } from './absoluut-verzuim/absoluut-verzuim.module';
import { DuoModule } from './duo/duo.module';
import { KernModule } from './kern/kern.module';
import type { VerzuimConfig } from './kern/verzuim.config';
import { ToewijzingModule } from './toewijzing/toewijzing.module';
import { VerlofModule } from './verlof/verlof.module';
import { VERZUIM_ENTITIES, VERZUIM_SERVICE } from './verzuim.database';
import { VerzuimmeldingModule } from './verzuimmelding/verzuimmelding.module';
import { VerzuimzaakModule } from './verzuimzaak/verzuimzaak.module';

@Module({})
export class AppModule {
  static register(config: SubgraphConfig, verzuim: VerzuimConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({
          service: VERZUIM_SERVICE,
          config,
          entities: VERZUIM_ENTITIES,
          produces: [verzuimmeldingOntvangenV1, duoMeldingOpgehaaldV1, verzuimmeldingStatusGewijzigdV1, verzuimbriefGevraagdV1, handhavingGevraagdV1, verzuimAchttienPlusGemeldV1],
          // The DUO intake: one transaction per melding, waiting mostly on the database; the three
          // partitions (keyed by the youth) are taken in parallel (docs/benchmarks.md).
          consumerConcurrency: 3,
        }),
        KernModule.register(verzuim),
        VerzuimmeldingModule,
        VerzuimzaakModule,
        DuoModule,
        ToewijzingModule,
        AbsoluutVerzuimModule,
        VerlofModule,
      ],
    };
  }
}
