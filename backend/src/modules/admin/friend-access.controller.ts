import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { Caller, type CallerIdentity } from '../../shared/http/caller';
import { FriendAccessDto } from './dto/friend-access.dto';
import { FriendAccessService } from './friend-access.service';

@Controller('user/billing/friend-access')
export class FriendAccessController {
  constructor(private readonly friends: FriendAccessService) {}

  @Post()
  @HttpCode(200)
  async handle(@Caller() admin: CallerIdentity, @Body() body: FriendAccessDto) {
    if (body.action === 'LIST') return { grants: await this.friends.list() };
    if (body.action === 'REVOKE') return this.friends.revoke(body.email!);
    return { grant: await this.friends.grant(admin, body.email!, body.note) };
  }
}
