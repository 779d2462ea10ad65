import { Module } from '@nestjs/common';
import { PrivacyModule } from '../modules/privacy';
import { HttpPlatformModule, lambdalith } from '../shared/http/lambdalith';

@Module({ imports: [HttpPlatformModule, PrivacyModule] })
export class PrivacyApiModule {}

export const handler = lambdalith(PrivacyApiModule);
