import { Injectable } from '@nestjs/common';
import { recordFailure } from '../../shared/errors/support-reference';
import type { CallerIdentity } from '../../shared/http/caller';
import { assertAccountLive } from '../../shared/http/live-account';
import { Clock } from '../account/clock';
import { TankAccess } from '../account/tank-access';
import { TestHistoryRepository } from './repositories/test-history.repository';
import { decodeTestCursor, encodeTestCursor } from './test-page-cursor';
import { type TestHeader, tankKey } from './test-history.types';

export const PROCESSING_TIMEOUT_MESSAGE =
  'We could not read this report in time. Please upload it again; if it keeps failing, contact support with the reference.';

export interface TestListItem {
  readonly id: string;
  readonly kind: TestHeader['kind'];
  readonly lab?: string;
  readonly status: TestHeader['status'];
  readonly date: string;
  readonly label: string;
  readonly fileName?: string;
  readonly errorMessage?: string;
  readonly referenceId?: string;
  readonly failureKind?: TestHeader['failureKind'];
  readonly uploadGivenBack?: boolean;
}

const toListItem = (h: TestHeader): TestListItem => ({
  id: h.testId,
  kind: h.kind,
  lab: h.lab,
  status: h.status,
  date: h.testDate,
  label: h.kind === 'ICP' ? `ICP ${h.lab ?? ''}`.trim() : 'Manual test',
  fileName: h.fileName,
  errorMessage: h.errorMessage,
  referenceId: h.referenceId,
  failureKind: h.failureKind,
  uploadGivenBack: h.uploadGivenBackAt ? true : undefined,
});

export interface TestPageRequest {
  readonly limit?: number;
  readonly cursor?: string;
  readonly kind?: TestHeader['kind'];
  readonly lab?: string;
}

@Injectable()
export class TestHistoryService {
  constructor(
    private readonly tanks: TankAccess,
    private readonly tests: TestHistoryRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * The tank's tests, newest first, a page at a time (the rail reads the first page, the tests page
   * pages on with `cursor`), optionally of one kind or lab. Uploads stuck past their deadline are
   * failed here.
   */
  async list(caller: CallerIdentity, tankId: string, page: TestPageRequest = {}): Promise<{ tests: TestListItem[]; nextCursor?: string }> {
    const after = page.cursor ? decodeTestCursor(page.cursor, tankKey(caller.userId, tankId)) : undefined;
    const now = this.clock.now();
    // The page is read beside the ownership check: its key holds the caller's own id, so it can only
    // ever find the caller's tests, and nothing is answered unless the tank is theirs.
    const [, { headers, next }] = await Promise.all([
      this.tanks.requireOwnedTank(caller.userId, tankId),
      this.tests.pageForTank(caller.userId, tankId, { limit: page.limit ?? 100, after, kind: page.kind, lab: page.lab }),
    ]);
    const settled = await Promise.all(headers.map((h) => this.expireIfOverdue(h, now)));
    return { tests: settled.map(toListItem), ...(next ? { nextCursor: encodeTestCursor(next) } : {}) };
  }

  /** A PROCESSING upload past its deadline becomes ERROR with a support reference, never PROCESSING forever. */
  private async expireIfOverdue(header: TestHeader, now: Date): Promise<TestHeader> {
    if (header.status !== 'PROCESSING' || !header.deadlineAt || Date.parse(header.deadlineAt) > now.getTime()) return header;
    await assertAccountLive(header.userId); // a support reference is a new row: never for a deleted account
    const { referenceId } = await recordFailure(new Error('Upload was not processed before its deadline'), {
      operation: 'upload-deadline',
      userId: header.userId,
      tankId: header.tankId,
      subjectId: header.testId,
    });
    const failed = await this.tests.failIfStill(header.testId, 'PROCESSING', { message: PROCESSING_TIMEOUT_MESSAGE, referenceId }, now);
    return failed
      ? { ...header, status: 'ERROR', errorMessage: PROCESSING_TIMEOUT_MESSAGE, referenceId }
      : ((await this.tests.header(header.testId)) ?? header);
  }
}
