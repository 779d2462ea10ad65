import { mkdirSync } from 'node:fs';
import type { S3Event, S3EventRecord } from 'aws-lambda';
import S3rver from 's3rver';
import { BUCKET_NOTIFICATIONS, type BucketName } from '../../catalogue';
import { LocalSetupError, isPortTaken } from '../ports';

/** s3rver checks presigned signatures against its own fixed key pair. */
export const LOCAL_S3_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

export type S3Notify = (target: string, event: S3Event) => void;

export interface LocalS3 {
  readonly endpoint: string;
  stop(): Promise<void>;
}

// Browsers PUT straight to presigned URLs, so the bucket answers CORS preflights like the real one.
const CORS = `<CORSConfiguration>
  <CORSRule>
    <AllowedOrigin>*</AllowedOrigin>
    <AllowedMethod>PUT</AllowedMethod>
    <AllowedMethod>GET</AllowedMethod>
    <AllowedMethod>HEAD</AllowedMethod>
    <AllowedHeader>*</AllowedHeader>
    <ExposeHeader>ETag</ExposeHeader>
    <MaxAgeSeconds>3000</MaxAgeSeconds>
  </CORSRule>
</CORSConfiguration>`;

function matches(record: S3EventRecord, rule: (typeof BUCKET_NOTIFICATIONS)[number]): boolean {
  const key = decodeURIComponent(record.s3.object.key.replace(/\+/g, ' '));
  const created = record.eventName.startsWith('ObjectCreated:');
  const wantsCreated = rule.events.some((e) => e.startsWith('s3:ObjectCreated:'));
  return created === wantsCreated && key.startsWith(rule.prefix) && key.endsWith(rule.suffix);
}

/**
 * The S3 API (s3rver) for the environment's buckets, with object notifications turned into real
 * `S3Event`s for the functions the catalogue subscribes, one record per event as S3 sends them.
 */
export async function startLocalS3(options: {
  port: number;
  directory: string;
  bucketNames: Partial<Record<BucketName, string>>;
  region: string;
  notify: S3Notify;
}): Promise<LocalS3> {
  if (await isPortTaken(options.port)) {
    throw new LocalSetupError(`Port ${options.port} for the local S3 API is taken. Stop what uses it or set S3_PORT to a free port.`);
  }
  mkdirSync(options.directory, { recursive: true });
  const server = new S3rver({
    port: options.port,
    address: '127.0.0.1',
    silent: true,
    directory: options.directory,
    vhostBuckets: false,
    configureBuckets: Object.values(options.bucketNames).map((name) => ({ name: name!, configs: [Buffer.from(CORS)] })),
  });
  const logicalByPhysical = new Map(Object.entries(options.bucketNames).map(([logical, physical]) => [physical!, logical as BucketName]));
  server.on('event', (event: S3Event) => {
    for (const record of event.Records) {
      const bucket = logicalByPhysical.get(record.s3.bucket.name);
      const normalised: S3EventRecord = {
        ...record,
        eventName: record.eventName as S3EventRecord['eventName'],
        awsRegion: options.region,
        s3: { ...record.s3, bucket: { ...record.s3.bucket, arn: `arn:aws:s3:::${record.s3.bucket.name}` } },
      };
      for (const rule of BUCKET_NOTIFICATIONS) {
        if (rule.bucket === bucket && matches(normalised, rule)) options.notify(rule.target, { Records: [normalised] });
      }
    }
  });
  await server.run();
  return {
    endpoint: `http://127.0.0.1:${options.port}`,
    stop: async () => {
      await server.close();
    },
  };
}
