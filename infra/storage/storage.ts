import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import { BUCKET_NAMES, type BucketName } from '../../backend/src/catalogue';
import { bucketName } from '../naming';
import { moduleTags, type TagModule } from '../tags';

export interface StorageArgs {
  readonly environment: string;
  /** Let `pulumi destroy` empty buckets (dev only). */
  readonly forceDestroy: boolean;
  /**
   * Buckets whose one bucket policy another component writes (the CloudFront origins, in Edge); it must
   * include `denyInsecureTransport`. Every other bucket gets a TLS-only policy here.
   */
  readonly policiesElsewhere: readonly BucketName[];
}

/**
 * The statement that refuses every request to a bucket or its objects made without TLS.
 *
 * @example denyInsecureTransport('arn:aws:s3:::dev-reef-a-matic-api').Condition // { Bool: { 'aws:SecureTransport': 'false' } }
 */
export function denyInsecureTransport(bucketArn: pulumi.Input<string>) {
  return {
    Sid: 'DenyInsecureTransport',
    Effect: 'Deny' as const,
    Principal: '*',
    Action: 's3:*',
    Resource: [bucketArn, pulumi.interpolate`${bucketArn}/*`],
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  };
}

export interface BucketRef {
  readonly name: pulumi.Output<string>;
  readonly arn: pulumi.Output<string>;
  readonly regionalDomainName: pulumi.Output<string>;
}

const BUCKET_MODULES: Readonly<Record<BucketName, TagModule>> = {
  ui: 'platform',
  api: 'platform',
  upload: 'testing',
  docs: 'platform',
};

/** The parsed results live in test-history; the PDF is only kept long enough to re-run a failed conversion. */
export const UPLOAD_RETENTION_DAYS = 30;

/** The four buckets: UI and docs origins, Lambda artifacts, and ICP uploads. All private and encrypted. */
export class Storage extends pulumi.ComponentResource {
  readonly buckets: Readonly<Record<BucketName, BucketRef>>;

  private readonly logicalName: string;

  constructor(name: string, args: StorageArgs, opts?: pulumi.ComponentResourceOptions) {
    super('ram:storage:Buckets', name, {}, opts);
    this.logicalName = name;
    const buckets = {} as Record<BucketName, BucketRef>;
    for (const bucket of BUCKET_NAMES) {
      buckets[bucket] = this.privateBucket(`${name}-${bucket}`, bucketName(args.environment, bucket), {
        module: BUCKET_MODULES[bucket],
        forceDestroy: args.forceDestroy,
      });
    }
    for (const bucket of BUCKET_NAMES.filter((b) => !args.policiesElsewhere.includes(b))) {
      new aws.s3.BucketPolicy(
        `${name}-${bucket}-tls-only`,
        {
          bucket: buckets[bucket].name,
          policy: pulumi.jsonStringify({ Version: '2012-10-17', Statement: [denyInsecureTransport(buckets[bucket].arn)] }),
        },
        { parent: this },
      );
    }
    this.expireUploads(`${name}-upload`, buckets.upload);
    this.buckets = buckets;
    this.registerOutputs({ bucketNames: Object.fromEntries(BUCKET_NAMES.map((b) => [b, buckets[b].name])) });
  }

  private privateBucket(logical: string, physical: string, options: { module: TagModule; forceDestroy: boolean }): BucketRef {
    const bucket = new aws.s3.Bucket(
      logical,
      { bucket: physical, forceDestroy: options.forceDestroy, tags: moduleTags(options.module) },
      { parent: this },
    );
    new aws.s3.BucketPublicAccessBlock(
      `${logical}-public-access`,
      {
        bucket: bucket.id,
        blockPublicAcls: true,
        blockPublicPolicy: true,
        ignorePublicAcls: true,
        restrictPublicBuckets: true,
      },
      { parent: this },
    );
    new aws.s3.BucketOwnershipControls(
      `${logical}-ownership`,
      { bucket: bucket.id, rule: { objectOwnership: 'BucketOwnerEnforced' } },
      { parent: this },
    );
    new aws.s3.BucketServerSideEncryptionConfiguration(
      `${logical}-encryption`,
      { bucket: bucket.id, rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } }] },
      { parent: this },
    );
    return { name: bucket.bucket, arn: bucket.arn, regionalDomainName: bucket.bucketRegionalDomainName };
  }

  /** Lets the app's origins PUT to presigned upload URLs; called once the app's address is known (Edge). */
  allowBrowserUploads(origins: readonly pulumi.Input<string>[]): void {
    new aws.s3.BucketCorsConfiguration(
      `${this.logicalName}-upload-cors`,
      {
        bucket: this.buckets.upload.name,
        corsRules: [
          {
            allowedMethods: ['PUT'],
            allowedOrigins: [...origins],
            allowedHeaders: ['content-type', 'content-length', 'x-amz-*'],
            exposeHeaders: ['ETag'],
            maxAgeSeconds: 3000,
          },
        ],
      },
      { parent: this },
    );
  }

  private expireUploads(logical: string, bucket: BucketRef): void {
    new aws.s3.BucketLifecycleConfiguration(
      `${logical}-lifecycle`,
      {
        bucket: bucket.name,
        rules: [
          {
            id: 'expire-uploads',
            status: 'Enabled',
            filter: { prefix: 'uploads/' },
            expiration: { days: UPLOAD_RETENTION_DAYS },
            abortIncompleteMultipartUpload: { daysAfterInitiation: 1 },
          },
        ],
      },
      { parent: this },
    );
  }
}
