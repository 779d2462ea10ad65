import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { Caller, type CallerIdentity } from '../../shared/http/caller';
import { ElementTrendDto } from './dto/element-trend.dto';
import { DeleteFailedTestDto, RetryFailedTestDto } from './dto/failed-test.dto';
import { ManualIcpPanelDto, SaveManualIcpDto } from './dto/manual-icp.dto';
import { SaveManualTestDto } from './dto/manual-test.dto';
import { ReadingImportDto } from './dto/reading-import.dto';
import { TestDetailDto } from './dto/test-detail.dto';
import { TestListDto } from './dto/test-list.dto';
import { UploadRequestDto } from './dto/upload.dto';
import { FailedTestService } from './failed-test.service';
import { IcpDetailService } from './icp-detail.service';
import { ManualIcpService } from './manual-icp.service';
import { ManualTestService } from './manual-test.service';
import { ReadingImportService } from './reading-import.service';
import { TestDetailService } from './test-detail.service';
import { TestHistoryService } from './test-history.service';
import { TrendService } from './trend.service';
import { UploadService } from './upload.service';

@Controller('test')
export class TestingController {
  constructor(
    private readonly uploads: UploadService,
    private readonly history: TestHistoryService,
    private readonly details: TestDetailService,
    private readonly manualTests: ManualTestService,
    private readonly trends: TrendService,
    private readonly icp: IcpDetailService,
    private readonly failedTests: FailedTestService,
    private readonly manualIcp: ManualIcpService,
    private readonly imports: ReadingImportService,
  ) {}

  @Post('import/preview')
  @HttpCode(200)
  previewImport(@Caller() caller: CallerIdentity, @Body() body: ReadingImportDto) {
    return this.imports.preview(caller.userId, body);
  }

  @Post('import/save')
  @HttpCode(200)
  saveImport(@Caller() caller: CallerIdentity, @Body() body: ReadingImportDto) {
    return this.imports.save(caller.userId, body);
  }

  @Post()
  @HttpCode(200)
  upload(@Caller() caller: CallerIdentity, @Body() body: UploadRequestDto) {
    return body.validateOnly ? this.uploads.preflight(caller, body) : this.uploads.startUpload(caller, body);
  }

  @Post('history/list')
  @HttpCode(200)
  list(@Caller() caller: CallerIdentity, @Body() body: TestListDto) {
    return this.history.list(caller, body.tankId, body);
  }

  @Post('history')
  @HttpCode(200)
  detail(@Caller() caller: CallerIdentity, @Body() body: TestDetailDto) {
    return this.details.detail(caller.userId, body.tankId, body.testId);
  }

  @Post('history/icp')
  @HttpCode(200)
  icpDetail(@Caller() caller: CallerIdentity, @Body() body: TestDetailDto) {
    return this.icp.detail(caller.userId, body.tankId, body.testId);
  }

  @Post('history/save')
  @HttpCode(200)
  saveManual(@Caller() caller: CallerIdentity, @Body() body: SaveManualTestDto) {
    return this.manualTests.save(caller.userId, body);
  }

  @Post('history/icp/trend')
  @HttpCode(200)
  trend(@Caller() caller: CallerIdentity, @Body() body: ElementTrendDto) {
    return this.trends.trend(caller.userId, body);
  }

  @Post('history/delete')
  @HttpCode(200)
  deleteFailed(@Caller() caller: CallerIdentity, @Body() body: DeleteFailedTestDto) {
    return this.failedTests.remove(caller.userId, body.tankId, body.testId);
  }

  @Post('history/retry')
  @HttpCode(200)
  retryFailed(@Caller() caller: CallerIdentity, @Body() body: RetryFailedTestDto) {
    return this.failedTests.retry(caller.userId, body.tankId, body.testId, body.lab);
  }

  @Post('history/icp/manual')
  @HttpCode(200)
  saveManualIcp(@Caller() caller: CallerIdentity, @Body() body: SaveManualIcpDto) {
    return this.manualIcp.save(caller.userId, body);
  }

  @Post('history/icp/manual/panel')
  @HttpCode(200)
  manualIcpPanel(@Caller() caller: CallerIdentity, @Body() body: ManualIcpPanelDto) {
    return this.manualIcp.panel(caller.userId, body.tankId, body.lab);
  }
}
