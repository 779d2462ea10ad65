import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { Caller, type CallerIdentity } from '../../shared/http/caller';
import { TankScopedDto } from './dto/tank-scoped.dto';
import { ReferenceService } from './reference.service';

@Controller('test/elements')
export class TestElementsController {
  constructor(private readonly reference: ReferenceService) {}

  @Post('list')
  @HttpCode(200)
  list(@Caller() caller: CallerIdentity, @Body() body: TankScopedDto) {
    return this.reference.testElements(caller.userId, body.tankId);
  }
}

@Controller('dose/elements')
export class DoseElementsController {
  constructor(private readonly reference: ReferenceService) {}

  @Post('list')
  @HttpCode(200)
  list(@Caller() caller: CallerIdentity, @Body() body: TankScopedDto) {
    return this.reference.doseElements(caller.userId, body.tankId);
  }
}
