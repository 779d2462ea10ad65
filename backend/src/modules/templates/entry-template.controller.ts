import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { Caller, type CallerIdentity } from '../../shared/http/caller';
import { DeleteTemplateDto, ListTemplatesDto, SaveTemplateDto } from './dto/entry-template.dto';
import { EntryTemplateService } from './entry-template.service';

@Controller('user/template')
export class EntryTemplateController {
  constructor(private readonly templates: EntryTemplateService) {}

  @Post()
  @HttpCode(200)
  list(@Caller() caller: CallerIdentity, @Body() body: ListTemplatesDto) {
    return this.templates.list(caller.userId, body.tankId, body.type);
  }

  @Post('save')
  @HttpCode(200)
  save(@Caller() caller: CallerIdentity, @Body() body: SaveTemplateDto) {
    return this.templates.save(caller.userId, body);
  }

  @Post('delete')
  @HttpCode(200)
  delete(@Caller() caller: CallerIdentity, @Body() body: DeleteTemplateDto) {
    return this.templates.delete(caller.userId, body);
  }
}
