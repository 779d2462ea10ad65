import { Module } from '@nestjs/common';
import { HttpPlatformModule, lambdalith } from '../shared/http/lambdalith';

// Its routes arrive with their capabilities; until then the lambdalith answers 404 for them.
@Module({ imports: [HttpPlatformModule] })
export class DosingApiModule {}

export const handler = lambdalith(DosingApiModule);
