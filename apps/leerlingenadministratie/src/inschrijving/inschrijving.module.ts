import { Module } from '@nestjs/common';
import { InschrijvingResolver } from './inschrijving.resolver';
import { InschrijvingService } from './inschrijving.service';

@Module({ providers: [InschrijvingResolver, InschrijvingService] })
export class InschrijvingModule {}
