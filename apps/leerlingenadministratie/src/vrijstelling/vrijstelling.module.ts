import { Module } from '@nestjs/common';
import { VrijstellingBesluitenHandler } from './vrijstelling-besluiten.handler';

/** Exemptions, vervangende leerplicht and kennisgevingen niet voldaan from verlof-vrijstelling (verlof-vrijstelling.md §9). */
@Module({ providers: [VrijstellingBesluitenHandler] })
export class VrijstellingModule {}
