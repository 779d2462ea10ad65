import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { Caller, type CallerIdentity } from '../../shared/http/caller';
import { AccountErasureService } from './account-erasure.service';
import { DeleteAccountDto, ExportDataDto } from './dto/privacy.dto';
import { KeeperExportService } from './keeper-export.service';

@Controller('user')
export class PrivacyController {
  constructor(
    private readonly exports: KeeperExportService,
    private readonly erasure: AccountErasureService,
  ) {}

  @Post('export')
  @HttpCode(200)
  export(@Caller() caller: CallerIdentity, @Body() body: ExportDataDto) {
    return body.format === 'csv' ? this.exports.exportCsv(caller) : this.exports.exportJson(caller);
  }

  @Post('delete')
  @HttpCode(200)
  delete(@Caller() caller: CallerIdentity, @Body() body: DeleteAccountDto) {
    return this.erasure.deleteAccount(caller, body.confirmEmail);
  }
}
