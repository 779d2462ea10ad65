import { Injectable } from '@nestjs/common';
import type { EvaluatedElementForDraft } from '../../domain/drafts';
import type { DraftChange, ReviewElement } from '../../domain/reviews';
import { recordFailure } from '../../shared/errors/support-reference';
import { TankRepository } from '../account/repositories/tank.repository';
import { DailyDoseDraftProgramService, type DraftOutcome } from '../drafts';
import { ReferenceCatalogRepository } from '../reference/reference-catalog.repository';
import { ReefReviewService } from './reef-review.service';
import { ReviewSourceReader } from './review-source.reader';

/** Evaluated tank elements as the draft needs them (RO water and unevaluated rows left out). */
export function draftElementsOf(elements: readonly ReviewElement[]): EvaluatedElementForDraft[] {
  return elements.flatMap((e) =>
    e.status === 'RO' || e.status === 'PENDING'
      ? []
      : [
          {
            elementId: e.elementId,
            canonical: e.canonical ?? e.name,
            category: e.category,
            value: e.value,
            unit: e.unit,
            status: e.status,
            range: e.range ?? { source: 'NONE' as const },
            ...(e.correction ? { correction: e.correction } : {}),
          },
        ],
  );
}

export interface Completion {
  readonly draftProgramId?: string;
  readonly reviewId?: string;
}

/**
 * What happens once every element of an ICP test is evaluated: the Pro draft program, then the Reef
 * Review linked to it. Both are idempotent, so a retry or a second caller changes nothing. Failures
 * are recorded with a support reference and never keep the test from completing; the ICP detail
 * read runs this again for a test whose review is missing.
 */
@Injectable()
export class IcpCompletionService {
  constructor(
    private readonly drafts: DailyDoseDraftProgramService,
    private readonly reviews: ReefReviewService,
    private readonly source: ReviewSourceReader,
    private readonly tanks: TankRepository,
    private readonly catalog: ReferenceCatalogRepository,
  ) {}

  async complete(testId: string): Promise<Completion> {
    const header = await this.source.header(testId);
    if (!header || header.kind !== 'ICP') return {};
    let outcome: DraftOutcome | undefined;
    let names = new Map<string, string>();
    try {
      const [elements, tank] = await Promise.all([this.source.elements(testId), this.tanks.get(header.userId, header.tankId)]);
      const rows = tank ? await this.catalog.doseCatalog(tank.dosingMethod) : [];
      names = new Map(rows.map((r) => [r.elementId, r.name]));
      outcome = await this.drafts.ensureDraft({
        userId: header.userId,
        tankId: header.tankId,
        testId,
        testDate: header.testDate,
        elements: draftElementsOf(elements),
      });
    } catch (error) {
      await recordFailure(error, { operation: 'daily-dose-draft', userId: header.userId, tankId: header.tankId, subjectId: testId });
    }
    const draft =
      outcome?.kind === 'DRAFTED'
        ? {
            programId: outcome.program.programId,
            changes: outcome.suggestions.map((s): DraftChange => ({
              elementId: s.elementId,
              name: names.get(s.elementId) ?? s.canonical,
              current: s.current,
              suggested: s.suggested,
              reason: s.reason,
            })),
          }
        : undefined;
    try {
      const review = await this.reviews.generate(testId, draft);
      return { ...(draft ? { draftProgramId: draft.programId } : {}), ...(review ? { reviewId: review.reviewId } : {}) };
    } catch (error) {
      await recordFailure(error, { operation: 'reef-review-generate', userId: header.userId, tankId: header.tankId, subjectId: testId });
      return draft ? { draftProgramId: draft.programId } : {};
    }
  }
}
