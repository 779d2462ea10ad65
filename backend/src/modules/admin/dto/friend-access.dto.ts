import { IsEmail, IsIn, IsOptional, IsString, Length, ValidateIf } from 'class-validator';

export const FRIEND_ACCESS_ACTIONS = ['GRANT', 'REVOKE', 'LIST'] as const;

export class FriendAccessDto {
  @IsIn(FRIEND_ACCESS_ACTIONS, { message: `action must be one of ${FRIEND_ACCESS_ACTIONS.join(', ')}` })
  action!: (typeof FRIEND_ACCESS_ACTIONS)[number];

  @ValidateIf((o: FriendAccessDto) => o.action !== 'LIST')
  @IsEmail({}, { message: 'email must be an email address' })
  email?: string;

  @IsOptional()
  @IsString()
  @Length(0, 200)
  note?: string;
}
