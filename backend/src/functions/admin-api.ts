import { Module } from '@nestjs/common';
import { AdminModule } from '../modules/admin';
import { HttpPlatformModule, lambdalith } from '../shared/http/lambdalith';

@Module({ imports: [HttpPlatformModule, AdminModule] })
export class AdminApiModule {}

export const handler = lambdalith(AdminApiModule);
