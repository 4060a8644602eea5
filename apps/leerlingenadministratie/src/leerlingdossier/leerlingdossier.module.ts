import { Module } from '@nestjs/common';
import { LeerlingdossierResolver } from './leerlingdossier.resolver';
import { LeerlingdossierService } from './leerlingdossier.service';
import { VerzuimmeldingOntvangenHandler } from './verzuimmelding-ontvangen.handler';

@Module({ providers: [LeerlingdossierResolver, LeerlingdossierService, VerzuimmeldingOntvangenHandler] })
export class LeerlingdossierModule {}
