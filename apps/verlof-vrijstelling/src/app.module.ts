import { Module, type DynamicModule } from '@nestjs/common';
import {
  kennisgevingNietVoldaanV1,
  verlofBeslotenV1,
  vervangendeLeerplichtBeeindigdV1,
  vervangendeLeerplichtToegestaanV1,
  vrijstellingBeeindigdV1,
  vrijstellingVerleendV1,
} from '@leerrecht/shared/contracts-events';
import { PlatformModule, type SubgraphConfig } from '@leerrecht/shared/feature-subgraph';
import { ProcedureModule } from './besluit/procedure.module';
import { BezwaarModule } from './bezwaar/bezwaar.module';
import { BriefModule } from './brief/brief.module';
import { DeskundigeModule } from './deskundige/deskundige.module';
import { DuoRegisterModule } from './duo-register/duo-register.module';
import { KernModule } from './kern/kern.module';
import type { VerlofVrijstellingConfig } from './kern/verlof-vrijstelling.config';
import { SchoolErkenningModule } from './school-erkenning/school-erkenning.module';
import { VERLOF_VRIJSTELLING_ENTITIES, VERLOF_VRIJSTELLING_SERVICE } from './verlof-vrijstelling.database';
import { VerlofaanvraagModule } from './verlofaanvraag/verlofaanvraag.module';
import { VervangendeLeerplichtModule } from './vervangende-leerplicht/vervangende-leerplicht.module';
import { VrijstellingModule } from './vrijstelling/vrijstelling.module';

@Module({})
export class AppModule {
  static register(config: SubgraphConfig, verlofVrijstelling: VerlofVrijstellingConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({
          service: VERLOF_VRIJSTELLING_SERVICE,
          config,
          entities: VERLOF_VRIJSTELLING_ENTITIES,
          produces: [verlofBeslotenV1, vrijstellingVerleendV1, vrijstellingBeeindigdV1, vervangendeLeerplichtToegestaanV1, vervangendeLeerplichtBeeindigdV1, kennisgevingNietVoldaanV1],
        }),
        KernModule.register(verlofVrijstelling),
        DuoRegisterModule,
        ProcedureModule,
        BriefModule,
        VerlofaanvraagModule,
        BezwaarModule,
        VervangendeLeerplichtModule,
        SchoolErkenningModule,
        DeskundigeModule,
        VrijstellingModule,
      ],
    };
  }
}
