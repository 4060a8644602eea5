import { Module } from '@nestjs/common';
import { BrpBijhoudingService } from './brp-bijhouding.service';
import { BrpResolver } from './brp.resolver';
import { BrpSynchronisatieService } from './brp-synchronisatie.service';

@Module({ providers: [BrpResolver, BrpSynchronisatieService, BrpBijhoudingService], exports: [BrpSynchronisatieService] })
export class BrpModule {}
