import { Module } from '@nestjs/common';
import { DeskundigeResolver } from './deskundige.resolver';
import { DeskundigeService } from './deskundige.service';

/** Designated experts (Lpw art 7; 000 art 14; 003 art 13). Exports DeskundigeService.isAangewezen for the art 5 onder a procedure. */
@Module({ providers: [DeskundigeResolver, DeskundigeService], exports: [DeskundigeService] })
export class DeskundigeModule {}
