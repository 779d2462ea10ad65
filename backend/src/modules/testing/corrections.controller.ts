import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { Caller, type CallerIdentity } from '../../shared/http/caller';
import { CorrectionsService } from './corrections.service';
import { ApplyCorrectionsDto } from './dto/corrections.dto';

@Controller('corrections')
export class CorrectionsController {
  constructor(private readonly corrections: CorrectionsService) {}

  /** Accepted: the dose rows are written by the queue consumer moments later. */
  @Post()
  @HttpCode(202)
  apply(@Caller() caller: CallerIdentity, @Body() body: ApplyCorrectionsDto) {
    return this.corrections.apply(caller.userId, body);
  }
}
