import { Module } from '@nestjs/common';
import { TestReferenceModule } from '../modules/reference/reference.module';
import { HttpPlatformModule, lambdalith } from '../shared/http/lambdalith';

@Module({ imports: [HttpPlatformModule, TestReferenceModule] })
export class TestingApiModule {}

export const handler = lambdalith(TestingApiModule);
