import { Global, Module } from '@nestjs/common';
import { BriefService } from '../brief/brief.service';
import { BesluitService } from './besluit.service';
import { DossierstukkenService } from './dossierstukken.service';

/** What every procedure of the service shares: letters, decisions, views and statements. */
@Global()
@Module({
  providers: [BriefService, BesluitService, DossierstukkenService],
  exports: [BriefService, BesluitService, DossierstukkenService],
})
export class ProcedureModule {}
