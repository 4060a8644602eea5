import { Module } from '@nestjs/common';
import { JongereResolver } from './jongere.resolver';
import { LeerlingdossierResolver } from './leerlingdossier.resolver';
import { LeerlingdossierService } from './leerlingdossier.service';
import { PlichtstatusService } from './plichtstatus.service';
import { VerzuimbriefGevraagdHandler } from './verzuimbrief-gevraagd.handler';
import { VerzuimmeldingOntvangenHandler } from './verzuimmelding-ontvangen.handler';
import { VerzuimmeldingStatusGewijzigdHandler } from './verzuimmelding-status-gewijzigd.handler';

@Module({
  providers: [
    LeerlingdossierResolver,
    LeerlingdossierService,
    PlichtstatusService,
    JongereResolver,
    // What verzuim reports about its meldingen: the melding, its status changes, the closure letters.
    VerzuimmeldingOntvangenHandler,
    VerzuimmeldingStatusGewijzigdHandler,
    VerzuimbriefGevraagdHandler,
  ],
})
export class LeerlingdossierModule {}
