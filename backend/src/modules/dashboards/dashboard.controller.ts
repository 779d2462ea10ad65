import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { Caller, type CallerIdentity } from '../../shared/http/caller';
import { DashboardService } from './dashboard.service';
import { DeleteDashboardDto, ListDashboardsDto, SaveDashboardDto } from './dto/dashboard.dto';

@Controller('user/dashboard')
export class DashboardController {
  constructor(private readonly dashboards: DashboardService) {}

  @Post()
  @HttpCode(200)
  list(@Caller() caller: CallerIdentity, @Body() body: ListDashboardsDto) {
    return this.dashboards.list(caller.userId, body.tankId);
  }

  @Post('save')
  @HttpCode(200)
  save(@Caller() caller: CallerIdentity, @Body() body: SaveDashboardDto) {
    return this.dashboards.save(caller.userId, body);
  }

  @Post('delete')
  @HttpCode(200)
  delete(@Caller() caller: CallerIdentity, @Body() body: DeleteDashboardDto) {
    return this.dashboards.delete(caller.userId, body);
  }
}
