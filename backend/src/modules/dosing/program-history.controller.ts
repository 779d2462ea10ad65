import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { Caller, type CallerIdentity } from '../../shared/http/caller';
import { TankScopedDto } from '../reference/dto/tank-scoped.dto';
import { ProgramRefDto, SaveProgramDto } from './dto/program-history.dto';
import { ProgramHistoryService } from './program-history.service';

@Controller('program/history')
export class ProgramHistoryController {
  constructor(private readonly programs: ProgramHistoryService) {}

  @Post()
  @HttpCode(200)
  get(@Caller() caller: CallerIdentity, @Body() body: ProgramRefDto) {
    return this.programs.get(caller.userId, body);
  }

  @Post('list')
  @HttpCode(200)
  list(@Caller() caller: CallerIdentity, @Body() body: TankScopedDto) {
    return this.programs.list(caller.userId, body);
  }

  @Post('save')
  @HttpCode(200)
  save(@Caller() caller: CallerIdentity, @Body() body: SaveProgramDto) {
    return this.programs.save(caller.userId, body);
  }

  @Post('delete')
  @HttpCode(200)
  delete(@Caller() caller: CallerIdentity, @Body() body: ProgramRefDto) {
    return this.programs.delete(caller.userId, body);
  }
}
