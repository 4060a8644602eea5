import { Module } from '@nestjs/common';
import { JongereResolver } from './jongere.resolver';
import { LeerlingdossierResolver } from './leerlingdossier.resolver';
import { LeerlingdossierService } from './leerlingdossier.service';
import { PlichtstatusService } from './plichtstatus.service';
import { VerzuimmeldingOntvangenHandler } from './verzuimmelding-ontvangen.handler';

@Module({ providers: [LeerlingdossierResolver, LeerlingdossierService, PlichtstatusService, JongereResolver, VerzuimmeldingOntvangenHandler] })
export class LeerlingdossierModule {}
