import { CopyObjectCommand, DeleteObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { Injectable } from '@nestjs/common';
import { s3Client } from '../../shared/aws/s3';
import { runtimeConfig } from '../../shared/config';
import { DomainError, NotFoundError } from '../../shared/errors/domain-error';
import type { IcpLab } from '../account/account.types';
import { Clock } from '../account/clock';
import { TankAccess } from '../account/tank-access';
import { FailedTestRepository } from './repositories/failed-test.repository';
import { TestHistoryRepository } from './repositories/test-history.repository';
import { PROCESSING_DEADLINE_MS, type TestFailureKind, type TestHeader } from './test-history.types';
import { uploadKey } from './upload.service';

// Another lab can only help when the text was read but not understood; an encrypted file, a scan or
// an invoice stays what it is.
const RETRYABLE: readonly TestFailureKind[] = ['LAYOUT', 'VALIDATION', 'DEADLINE'];

/** What a keeper can do with an upload that ended in ERROR: delete it, or retry it with another lab. */
@Injectable()
export class FailedTestService {
  constructor(
    private readonly tanks: TankAccess,
    private readonly tests: TestHistoryRepository,
    private readonly failed: FailedTestRepository,
    private readonly clock: Clock,
  ) {}

  async remove(userId: string, tankId: string, testId: string): Promise<{ deleted: true; testId: string }> {
    const header = await this.failedTest(userId, tankId, testId);
    if (!(await this.failed.deleteIfFailed(testId, this.clock.now()))) throw notFailed();
    if (header.kind === 'ICP')
      await s3Client().send(new DeleteObjectCommand({ Bucket: runtimeConfig().uploadBucket, Key: uploadKey(userId, tankId, testId) }));
    return { deleted: true, testId };
  }

  async retry(userId: string, tankId: string, testId: string, lab: IcpLab): Promise<{ testId: string; status: 'PROCESSING'; lab: IcpLab }> {
    const header = await this.failedTest(userId, tankId, testId);
    if (header.kind !== 'ICP' || !RETRYABLE.includes(header.failureKind ?? 'DEADLINE')) {
      throw new DomainError(
        'CONFLICT',
        'Reading this file again will not help: upload the lab’s original PDF or type the values in by hand',
        { failureKind: header.failureKind },
      );
    }
    const Bucket = runtimeConfig().uploadBucket;
    const Key = uploadKey(userId, tankId, testId);
    try {
      await s3Client().send(new HeadObjectCommand({ Bucket, Key }));
    } catch {
      throw new DomainError('CONFLICT', 'The uploaded PDF is no longer stored: please upload it again');
    }
    const now = this.clock.now();
    if (!(await this.failed.requeue(testId, lab, new Date(now.getTime() + PROCESSING_DEADLINE_MS).toISOString(), now))) throw notFailed();
    // Copying the object onto itself is a new object-created event: the same conversion runs again.
    await s3Client().send(
      new CopyObjectCommand({
        Bucket,
        Key,
        CopySource: `${Bucket}/${Key}`,
        MetadataDirective: 'REPLACE',
        ContentType: 'application/pdf',
        Metadata: { retried: now.toISOString() },
      }),
    );
    return { testId, status: 'PROCESSING', lab };
  }

  private async failedTest(userId: string, tankId: string, testId: string): Promise<TestHeader> {
    await this.tanks.requireOwnedTank(userId, tankId);
    const header = await this.tests.header(testId);
    if (!header || header.userId !== userId || header.tankId !== tankId) throw new NotFoundError('The test');
    if (header.status !== 'ERROR') throw notFailed();
    return header;
  }
}

const notFailed = () => new DomainError('CONFLICT', 'Only a test that failed can be deleted or retried here');
