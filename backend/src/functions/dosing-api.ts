import { Module } from '@nestjs/common';
import { DoseReferenceModule } from '../modules/reference/reference.module';
import { HttpPlatformModule, lambdalith } from '../shared/http/lambdalith';

@Module({ imports: [HttpPlatformModule, DoseReferenceModule] })
export class DosingApiModule {}

export const handler = lambdalith(DosingApiModule);
