import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { Caller, type CallerIdentity } from '../../shared/http/caller';
import { ConfigService } from './config.service';
import { CostsService } from './costs.service';
import { ConfigDto, ConfigSaveDto, CostsDto, ErrorsClearDto, ErrorsDto, FeedbackDto, OverviewDto } from './dto/admin.dto';
import { ErrorsService } from './errors.service';
import { FeedbackService } from './feedback.service';
import { OverviewService } from './overview.service';

/** The admin console's API; the route guard lets only the bootstrap admin through (catalogue auth `admin`). */
@Controller('user/admin')
export class AdminController {
  constructor(
    private readonly overviews: OverviewService,
    private readonly costsOf: CostsService,
    private readonly settings: ConfigService,
    private readonly errorLog: ErrorsService,
    private readonly feedbackOf: FeedbackService,
  ) {}

  @Post('overview')
  @HttpCode(200)
  overview(@Body() body: OverviewDto) {
    return this.overviews.overview(body);
  }

  @Post('costs')
  @HttpCode(200)
  costs(@Body() body: CostsDto) {
    return this.costsOf.costs(body);
  }

  @Post('config')
  @HttpCode(200)
  config(@Body() body: ConfigDto) {
    return this.settings.list(body.key);
  }

  @Post('config/save')
  @HttpCode(200)
  saveConfig(@Caller() admin: CallerIdentity, @Body() body: ConfigSaveDto) {
    return this.settings.save(admin, body.key, body.value);
  }

  @Post('errors')
  @HttpCode(200)
  errors(@Body() body: ErrorsDto) {
    return this.errorLog.list(body);
  }

  @Post('errors/clear')
  @HttpCode(200)
  clearErrors(@Body() body: ErrorsClearDto) {
    return this.errorLog.clear(body.referenceIds);
  }

  @Post('feedback')
  @HttpCode(200)
  feedback(@Body() body: FeedbackDto) {
    return this.feedbackOf.page(body);
  }
}
