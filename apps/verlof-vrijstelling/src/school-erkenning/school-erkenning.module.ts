import { Module } from '@nestjs/common';
import { SchoolErkenningResolver } from './school-erkenning.resolver';
import { SchoolErkenningService } from './school-erkenning.service';

/** "Is this a school?" (Lpw art 1a1; 000 art 13; 003 art 12). */
@Module({ providers: [SchoolErkenningResolver, SchoolErkenningService] })
export class SchoolErkenningModule {}
