import { Injectable } from '@nestjs/common';
import { draftDrift, draftOutcome, summariseOutcomes } from '../../domain/admin';
import type { FeedbackDto } from './dto/admin.dto';
import { DraftFeedbackRepository } from './read-model/draft-feedback.repository';

const DEFAULT_PAGE = 20;

/** RaM Feedback: activated drafts page by page with their drift and, when tested since, their outcome. */
@Injectable()
export class FeedbackService {
  constructor(private readonly feedback: DraftFeedbackRepository) {}

  async page(request: FeedbackDto) {
    const page = await this.feedback.page(request.limit ?? DEFAULT_PAGE, request.cursor);
    const sources = await this.feedback.sources(page.feedback.map((f) => f.programId));
    const items = await Promise.all(
      page.feedback.map(async (f) => {
        const source = sources.get(f.programId);
        const next = source ? await this.feedback.nextIcpTest(f.userId, f.tankId, f.activatedAt.slice(0, 10)) : undefined;
        const drift = draftDrift(f);
        return {
          ...f,
          sourceTestId: source?.testId,
          sourceTestDate: source?.testDate,
          drift,
          largeEdits: drift.filter((d) => d.large).length,
          outcome: source && next ? draftOutcome(f, source.readings, next) : null,
        };
      }),
    );
    return { items, cursor: page.cursor, outcomes: summariseOutcomes(items.flatMap((i) => (i.outcome ? [i.outcome] : []))) };
  }
}
