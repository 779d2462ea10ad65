import { randomUUID } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { Injectable } from '@nestjs/common';
import { type Entitlements, TRIAL_UPLOAD_LIMIT, uploadAllowance } from '../../domain/entitlements/entitlements';
import { displayFileName } from '../../domain/uploads/display-name';
import { s3Client } from '../../shared/aws/s3';
import { runtimeConfig } from '../../shared/config';
import { DomainError, NotFoundError } from '../../shared/errors/domain-error';
import type { CallerIdentity } from '../../shared/http/caller';
import { Clock } from '../account/clock';
import { EntitlementsService } from '../account/entitlements.service';
import { UserRepository } from '../account/repositories/user.repository';
import { TankAccess } from '../account/tank-access';
import { AppConfigRepository } from '../platform/app-config.repository';
import { MAX_FILES_PER_BATCH, type UploadRequestDto } from './dto/upload.dto';
import { type UploadLimit, UploadReservationRepository } from './repositories/upload-reservation.repository';
import { PROCESSING_DEADLINE_MS, type TestHeader } from './test-history.types';

export const UPLOAD_URL_TTL_SECONDS = 300;

/** Headers an upload URL signs besides the host (the presigner leaves content-type unsigned otherwise). */
const SIGNED_UPLOAD_HEADERS = new Set(['content-type', 'content-length']);

/** Where an uploaded PDF lives; the S3 notification parses the ids back out of it. */
export const uploadKey = (userId: string, tankId: string, testId: string): string => `uploads/${userId}/${tankId}/${testId}.pdf`;

function refusal(gate: ReturnType<typeof uploadAllowance>): DomainError {
  return new DomainError('ENTITLEMENT_REQUIRED', 'Your plan does not allow this upload right now', {
    allowed: false,
    reason: gate.reason,
    limit: gate.limit,
    retryAt: gate.retryAt,
  });
}

@Injectable()
export class UploadService {
  constructor(
    private readonly tanks: TankAccess,
    private readonly users: UserRepository,
    private readonly entitlements: EntitlementsService,
    private readonly config: AppConfigRepository,
    private readonly reservations: UploadReservationRepository,
    private readonly clock: Clock,
  ) {}

  /** The preflight: may `fileCount` PDFs be uploaded now? Answers before anything is created. */
  async preflight(caller: CallerIdentity, request: UploadRequestDto) {
    await this.tanks.requireOwnedTank(caller.userId, request.tankId);
    const gate = uploadAllowance(await this.entitlementsOf(caller), request.fileCount ?? 1);
    return { allowed: gate.allowed, reason: gate.reason, limit: gate.limit, retryAt: gate.retryAt, fileCount: request.fileCount ?? 1 };
  }

  /** Counts one upload, creates its PROCESSING placeholder and returns a presigned PUT for the PDF. */
  async startUpload(caller: CallerIdentity, request: UploadRequestDto) {
    const tank = await this.tanks.requireOwnedTank(caller.userId, request.tankId);
    const entitlements = await this.entitlementsOf(caller);
    const gate = uploadAllowance(entitlements, 1);
    if (!gate.allowed) throw refusal(gate);

    const now = this.clock.now();
    const testId = randomUUID();
    const header: TestHeader = {
      testId,
      userId: caller.userId,
      tankId: tank.tankId,
      kind: 'ICP',
      lab: request.lab ?? tank.defaultLab,
      status: 'PROCESSING',
      testDate: now.toISOString().slice(0, 10),
      fileName: request.fileName === undefined ? undefined : displayFileName(request.fileName),
      batchId: request.batchId,
      deadlineAt: new Date(now.getTime() + PROCESSING_DEADLINE_MS).toISOString(),
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    const reserved = await this.reservations.reserve(header, await this.limitFor(entitlements, now), MAX_FILES_PER_BATCH, now);
    if (reserved === 'BATCH_FULL') {
      throw new DomainError('CONFLICT', `This batch already holds ${MAX_FILES_PER_BATCH} files: start a new batch for more`, {
        reason: 'BATCH_FULL',
        limit: MAX_FILES_PER_BATCH,
      });
    }
    if (reserved === 'LIMIT_REACHED') throw refusal({ allowed: false, reason: gate.reason ?? 'TRIAL_UPLOADS_USED', limit: gate.limit });

    // The URL is bound to this key, to application/pdf and to exactly the declared size: S3 refuses a
    // PUT whose content type or length differs from what was signed.
    const key = uploadKey(caller.userId, tank.tankId, testId);
    const uploadUrl = await getSignedUrl(
      s3Client(),
      new PutObjectCommand({
        Bucket: runtimeConfig().uploadBucket,
        Key: key,
        ContentType: 'application/pdf',
        ContentLength: request.fileSize,
      }),
      { expiresIn: UPLOAD_URL_TTL_SECONDS, signableHeaders: SIGNED_UPLOAD_HEADERS },
    );
    return {
      testId,
      status: header.status,
      lab: header.lab,
      uploadUrl,
      uploadMethod: 'PUT',
      uploadHeaders: { 'content-type': 'application/pdf' },
      uploadSize: request.fileSize,
      expiresAt: new Date(now.getTime() + UPLOAD_URL_TTL_SECONDS * 1000).toISOString(),
    };
  }

  private async entitlementsOf(caller: CallerIdentity): Promise<Entitlements> {
    const user = await this.users.get(caller.userId);
    if (!user) throw new NotFoundError('Your profile');
    return this.entitlements.of(user);
  }

  private async limitFor(entitlements: Entitlements, now: Date): Promise<UploadLimit> {
    if (entitlements.tier === 'TRIAL') return { kind: 'total', max: TRIAL_UPLOAD_LIMIT };
    if (entitlements.tier === 'BASIC') {
      const minutes = await this.config.number('basic_upload_window_minutes');
      return { kind: 'window', notAfter: new Date(now.getTime() - minutes * 60_000).toISOString() };
    }
    return { kind: 'none' };
  }
}
