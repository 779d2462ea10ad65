import { Module } from '@nestjs/common';
import { DosingModule } from '../modules/dosing/dosing.module';
import { DoseReferenceModule } from '../modules/reference/reference.module';
import { HttpPlatformModule, lambdalith } from '../shared/http/lambdalith';

@Module({ imports: [HttpPlatformModule, DoseReferenceModule, DosingModule] })
export class DosingApiModule {}

export const handler = lambdalith(DosingApiModule);
