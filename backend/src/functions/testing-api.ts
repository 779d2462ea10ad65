import { Module } from '@nestjs/common';
import { TestReferenceModule } from '../modules/reference/reference.module';
import { TestingModule } from '../modules/testing/testing.module';
import { HttpPlatformModule, lambdalith } from '../shared/http/lambdalith';

@Module({ imports: [HttpPlatformModule, TestReferenceModule, TestingModule] })
export class TestingApiModule {}

export const handler = lambdalith(TestingApiModule);
