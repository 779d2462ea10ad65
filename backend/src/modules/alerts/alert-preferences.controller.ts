import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { Caller, type CallerIdentity } from '../../shared/http/caller';
import { AlertPreferencesService } from './alert-preferences.service';
import { AlertPreferencesRequestDto } from './dto/alert-preferences.dto';

@Controller('user')
export class AlertPreferencesController {
  constructor(private readonly alerts: AlertPreferencesService) {}

  @Post('alerts')
  @HttpCode(200)
  alertsOf(@Caller() caller: CallerIdentity, @Body() body: AlertPreferencesRequestDto) {
    return this.alerts.handle(caller, body);
  }
}
