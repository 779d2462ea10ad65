import { GetObjectCommand, NoSuchKey } from '@aws-sdk/client-s3';
import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { Injectable } from '@nestjs/common';
import type { S3EventRecord } from 'aws-lambda';
import {
  DeterministicIcpExtractor,
  FallbackIcpExtractor,
  type IcpExtractor,
  type IcpLab,
  ModelOutputError,
  NotAnIcpReportError,
  UnrecognisedLayoutError,
} from '../../domain/extraction';
import { s3Client } from '../../shared/aws/s3';
import { recordFailure } from '../../shared/errors/support-reference';
import { logger } from '../../shared/observability';
import { recordMetric } from '../../shared/product-metrics';
import { Clock } from '../account/clock';
import {
  BedrockIcpExtractor,
  DEFAULT_ICP_EXTRACTION_PROMPT,
  ICP_EXTRACTION_PROMPT_KEY,
  PdfReadError,
  type TokenUsage,
  extractPdfText,
} from '../extraction';
import { AppConfigRepository } from '../platform/app-config.repository';
import { type UsageEvent, UsageEventRepository, priced } from '../platform/usage-event.repository';
import { FILE_MISSING_MESSAGE, NOT_ICP_MESSAGE, problemMessage, unreadableLayoutMessage } from './extraction-messages';
import { UploadReservationRepository } from './repositories/upload-reservation.repository';
import { IcpReportIntake } from './icp-report-intake';
import { TestHistoryRepository } from './repositories/test-history.repository';
import type { TestFailureKind, TestHeader } from './test-history.types';
import { sdkClient } from '../../shared/aws/sdk-client';

const KEY = /^uploads\/([^/]+)\/([^/]+)\/([^/]+)\.pdf$/;
const CONVERT_MEMORY_GB = 1.5;

/** A failure the keeper can act on: the test ends in ERROR with this message, its kind and a reference. */
class KeeperFacingError extends Error {
  constructor(
    message: string,
    readonly kind: TestFailureKind,
    override readonly cause?: unknown,
    /** The lab the report turned out to be from, when it was read far enough to tell. */
    readonly lab?: IcpLab,
  ) {
    super(message);
    this.name = 'KeeperFacingError';
  }
}

/**
 * S3 object-created → a validated ICP test: reads the PDF, extracts and validates it, writes the
 * element rows and MISSING placeholders, and queues one evaluation per tank element. Anything the
 * keeper can fix ends in ERROR with a friendly message; infrastructure failures are rethrown so the
 * event source retries, and the upload deadline turns a test that never finishes into ERROR.
 */
@Injectable()
export class UploadConversionService {
  private bedrock?: BedrockRuntimeClient;
  private promptTemplate?: Promise<string>;

  constructor(
    private readonly tests: TestHistoryRepository,
    private readonly intake: IcpReportIntake,
    private readonly config: AppConfigRepository,
    private readonly usage: UsageEventRepository,
    private readonly reservations: UploadReservationRepository,
    private readonly clock: Clock,
  ) {}

  async convert(record: S3EventRecord): Promise<void> {
    const key = decodeURIComponent(record.s3.object.key.replace(/\+/g, ' '));
    const match = KEY.exec(key);
    if (!match) return logger.warn('Ignoring an upload outside the uploads layout', { key });
    const [, userId, tankId, testId] = match;
    const header = await this.tests.header(testId);
    if (!header || header.userId !== userId || header.tankId !== tankId) return logger.warn('Upload has no matching placeholder', { key });
    if (header.status !== 'PROCESSING' && header.status !== 'IN_PROGRESS') return; // a repeated notification
    // Counted once per conversion: a notification redelivered after the intake began finds IN_PROGRESS.
    if (header.status === 'PROCESSING') recordMetric('uploads', 1);
    const started = Date.now();
    const usage: UsageEvent[] = [];
    try {
      await this.process(header, record.s3.bucket.name, key, (u) => usage.push(...this.bedrockUsage(header, u)));
    } catch (error) {
      if (!(error instanceof KeeperFacingError)) throw error;
      await this.fail(header, error);
    } finally {
      usage.push(this.event(header, 'LAMBDA_GB_SECONDS', ((Date.now() - started) / 1000) * CONVERT_MEMORY_GB));
      usage.push(this.event(header, 'S3_STORAGE_GB_MONTH', (record.s3.object.size ?? 0) / 1024 ** 3));
      await this.usage
        .record(usage, this.clock.now())
        .catch((e: unknown) => logger.warn('Usage events not recorded', { error: e as Error }));
    }
  }

  private async process(header: TestHeader, bucket: string, key: string, onUsage: (u: TokenUsage) => void): Promise<void> {
    const bytes = await this.download(bucket, key);
    let report;
    try {
      const { text } = await extractPdfText(bytes);
      report = await (await this.extractor(onUsage)).extract({ text, labHint: header.lab });
    } catch (error) {
      if (error instanceof PdfReadError) throw new KeeperFacingError(error.message, 'PDF', error);
      if (error instanceof NotAnIcpReportError) throw new KeeperFacingError(NOT_ICP_MESSAGE, 'NOT_ICP', error);
      if (error instanceof UnrecognisedLayoutError || error instanceof ModelOutputError)
        throw new KeeperFacingError(unreadableLayoutMessage(header.lab), 'LAYOUT', error);
      throw error;
    }
    const verdict = await this.intake.accept(header, report);
    if (!verdict.ok)
      throw new KeeperFacingError(
        problemMessage(verdict.problems),
        'VALIDATION',
        new Error(verdict.problems.map((p) => p.code).join(', ')),
        report.lab,
      );
  }

  private async download(bucket: string, key: string): Promise<Uint8Array> {
    try {
      const object = await s3Client().send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      return await object.Body!.transformToByteArray();
    } catch (error) {
      if (error instanceof NoSuchKey || (error as Error).name === 'NoSuchKey')
        throw new KeeperFacingError(FILE_MISSING_MESSAGE, 'FILE_MISSING', error);
      throw error;
    }
  }

  /**
   * The deterministic parsers first; Bedrock only for layouts they do not know, and only when
   * configured. The client and the prompt (from app-config) are loaded once per container, so an
   * admin's prompt edit applies from the next cold start; the extractors themselves are cheap and
   * made per conversion so token usage is attributed to the right PDF.
   */
  private async extractor(onUsage: (u: TokenUsage) => void): Promise<IcpExtractor> {
    const deterministic = new DeterministicIcpExtractor();
    const modelId = process.env.BEDROCK_MODEL_ID;
    if (!modelId) return deterministic;
    this.bedrock ??= sdkClient(BedrockRuntimeClient, {});
    this.promptTemplate ??= this.config.textSeeded(ICP_EXTRACTION_PROMPT_KEY, DEFAULT_ICP_EXTRACTION_PROMPT).catch((error: unknown) => {
      this.promptTemplate = undefined;
      throw error;
    });
    const promptTemplate = await this.promptTemplate;
    return new FallbackIcpExtractor(deterministic, new BedrockIcpExtractor({ client: this.bedrock, modelId, promptTemplate, onUsage }));
  }

  /** Ends the test in ERROR; a layout RaM could not read also gives the keeper's upload back. */
  private async fail(header: TestHeader, error: KeeperFacingError): Promise<void> {
    const { referenceId } = await recordFailure(error.cause ?? error, {
      operation: 'upload-convert',
      userId: header.userId,
      tankId: header.tankId,
      subjectId: header.testId,
    });
    const now = this.clock.now();
    const failure = { message: error.message, referenceId, kind: error.kind };
    recordMetric('extractionFailures', 1, { lab: error.lab ?? header.lab ?? 'UNKNOWN' });
    // Given back before the test shows ERROR, so a keeper who sees the error can upload again at once.
    if (error.kind === 'LAYOUT') await this.reservations.giveBack(header, now);
    if (!(await this.tests.failIfStill(header.testId, 'IN_PROGRESS', failure, now)))
      await this.tests.failIfStill(header.testId, 'PROCESSING', failure, now);
  }

  private bedrockUsage(header: TestHeader, u: TokenUsage): UsageEvent[] {
    return [this.event(header, 'BEDROCK_INPUT_TOKENS', u.inputTokens), this.event(header, 'BEDROCK_OUTPUT_TOKENS', u.outputTokens)];
  }

  private event(header: TestHeader, resourceType: UsageEvent['resourceType'], quantity: number): UsageEvent {
    return {
      userId: header.userId,
      tankId: header.tankId,
      correlationId: header.testId,
      resourceType,
      operation: 'upload-convert',
      ...priced(resourceType, quantity),
    };
  }
}
