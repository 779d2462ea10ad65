import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { Caller, type CallerIdentity } from '../../shared/http/caller';
import { TestListDto } from './dto/test-list.dto';
import { UploadRequestDto } from './dto/upload.dto';
import { TestHistoryService } from './test-history.service';
import { UploadService } from './upload.service';

@Controller('test')
export class TestingController {
  constructor(
    private readonly uploads: UploadService,
    private readonly history: TestHistoryService,
  ) {}

  @Post()
  @HttpCode(200)
  upload(@Caller() caller: CallerIdentity, @Body() body: UploadRequestDto) {
    return body.validateOnly ? this.uploads.preflight(caller, body) : this.uploads.startUpload(caller, body);
  }

  @Post('history/list')
  @HttpCode(200)
  list(@Caller() caller: CallerIdentity, @Body() body: TestListDto) {
    return this.history.list(caller, body.tankId, body.limit);
  }
}
