import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { Caller, type CallerIdentity } from '../../shared/http/caller';
import { ConfirmPlannedDoseDto, DeleteDoseDto, DoseDayDto, DoseListDto, SaveDoseDto } from './dto/dose-history.dto';
import { DoseHistoryService } from './dose-history.service';

@Controller('dose/history')
export class DoseHistoryController {
  constructor(private readonly doses: DoseHistoryService) {}

  @Post()
  @HttpCode(200)
  day(@Caller() caller: CallerIdentity, @Body() body: DoseDayDto) {
    return this.doses.day(caller.userId, body);
  }

  @Post('list')
  @HttpCode(200)
  list(@Caller() caller: CallerIdentity, @Body() body: DoseListDto) {
    return this.doses.list(caller.userId, body);
  }

  @Post('save')
  @HttpCode(200)
  save(@Caller() caller: CallerIdentity, @Body() body: SaveDoseDto) {
    return this.doses.save(caller.userId, body);
  }

  @Post('delete')
  @HttpCode(200)
  delete(@Caller() caller: CallerIdentity, @Body() body: DeleteDoseDto) {
    return this.doses.delete(caller.userId, body);
  }

  @Post('confirm')
  @HttpCode(200)
  confirm(@Caller() caller: CallerIdentity, @Body() body: ConfirmPlannedDoseDto) {
    return this.doses.confirmPlanned(caller.userId, body);
  }
}
