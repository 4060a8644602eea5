import { Module } from '@nestjs/common';
import { SignaalResolver } from './signaal.resolver';
import { SignaalService } from './signaal.service';

@Module({ providers: [SignaalResolver, SignaalService] })
export class SignaalModule {}
