import { Module } from '@nestjs/common';
import { VerlofBeslotenHandler } from './verlof-besloten.handler';

/** Leave decisions from verlof-vrijstelling, kept for the luxe-verzuim judgement of the intake. */
@Module({ providers: [VerlofBeslotenHandler] })
export class VerlofModule {}
