import { Module } from '@nestjs/common';
import { AbsoluutVerzuimVermoedHandler } from './absoluut-verzuim-vermoed.handler';

/** Absolute-verzuim cases handed over by the administration's enrolment check. */
@Module({ providers: [AbsoluutVerzuimVermoedHandler] })
export class AbsoluutVerzuimModule {}
