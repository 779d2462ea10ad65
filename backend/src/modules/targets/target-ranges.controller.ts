import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { Caller, type CallerIdentity } from '../../shared/http/caller';
import { TargetRangesDto } from './dto/target-ranges.dto';
import { type TankRangeList, TargetRangeService } from './target-range.service';

@Controller('user')
export class TargetRangesController {
  constructor(private readonly ranges: TargetRangeService) {}

  @Post('target-ranges')
  @HttpCode(200)
  handle(@Caller() caller: CallerIdentity, @Body() body: TargetRangesDto): Promise<TankRangeList> {
    switch (body.action) {
      case 'SAVE':
        return this.ranges.save(caller.userId, body.tankId, body.elementId!, { low: body.low, high: body.high, target: body.target });
      case 'RESET':
        return this.ranges.reset(caller.userId, body.tankId, body.elementId!);
      default:
        return this.ranges.list(caller.userId, body.tankId);
    }
  }
}
