import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { Caller, type CallerIdentity } from '../../shared/http/caller';
import type { ProfileView } from './account.types';
import { GetProfileDto, SaveProfileDto } from './dto/save-profile.dto';
import { ProfileService } from './profile.service';

@Controller('user')
export class ProfileController {
  constructor(private readonly profiles: ProfileService) {}

  @Post()
  @HttpCode(200)
  get(@Caller() caller: CallerIdentity, @Body() _body: GetProfileDto): Promise<ProfileView> {
    return this.profiles.profileOf(caller);
  }

  @Post('save')
  @HttpCode(200)
  save(@Caller() caller: CallerIdentity, @Body() body: SaveProfileDto): Promise<ProfileView> {
    return this.profiles.saveProfile(caller, body);
  }
}
