import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { Caller, type CallerIdentity } from '../../shared/http/caller';
import { ReefReviewDto } from './dto/reef-review.dto';
import { ReefReviewService } from './reef-review.service';

@Controller('user/reef-reviews')
export class ReefReviewController {
  constructor(private readonly reviews: ReefReviewService) {}

  @Post()
  @HttpCode(200)
  handle(@Caller() caller: CallerIdentity, @Body() body: ReefReviewDto) {
    const { userId } = caller;
    switch (body.action) {
      case 'LIST':
        return this.reviews.list(userId, body.tankId, body.state ?? 'OPEN');
      case 'SUMMARY':
        return this.reviews.summary(userId, body.tankId);
      case 'DETAIL':
        return this.reviews.detail(userId, body.tankId, body.reviewId!);
      case 'DECIDE':
        return this.reviews.decide(userId, body.tankId, body.reviewId!, {
          actionId: body.actionId!,
          choice: body.choice!,
          value: body.value,
          note: body.note,
        });
      case 'RECALCULATE':
        return this.reviews.recalculate(userId, body.tankId, body.reviewId!, body.compareScope!);
      case 'DISMISS':
        return this.reviews.close(userId, body.tankId, body.reviewId!, 'DISMISSED');
      case 'COMPLETE':
        return this.reviews.close(userId, body.tankId, body.reviewId!, 'COMPLETED');
    }
  }
}
