import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { S3Event, S3EventRecord } from 'aws-lambda';
import S3rver from 's3rver';
import { BUCKET_NOTIFICATIONS, type BucketName } from '../../catalogue';
import { LocalSetupError, isPortTaken } from '../ports';
import { verifySigV4 } from './sigv4';

/** The local key pair: handlers sign with it, and the local S3 verifies every request against it. */
export const LOCAL_S3_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;
const SECRETS = { [LOCAL_S3_CREDENTIALS.accessKeyId]: LOCAL_S3_CREDENTIALS.secretAccessKey };

export type S3Notify = (target: string, event: S3Event) => void;

export interface LocalS3 {
  readonly endpoint: string;
  stop(): Promise<void>;
}

// Browsers PUT straight to presigned URLs, so the bucket answers CORS preflights like the real one,
// for the app's own origins only.
const corsFor = (origins: readonly string[]) => `<CORSConfiguration>
  <CORSRule>
${origins.map((o) => `    <AllowedOrigin>${o}</AllowedOrigin>`).join('\n')}
    <AllowedMethod>PUT</AllowedMethod>
    <AllowedHeader>content-type</AllowedHeader>
    <ExposeHeader>ETag</ExposeHeader>
    <MaxAgeSeconds>3000</MaxAgeSeconds>
  </CORSRule>
</CORSConfiguration>`;

const xmlError = (code: string, message: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message.replace(/[<>&]/g, '')}</Message></Error>`;

function matches(record: S3EventRecord, rule: (typeof BUCKET_NOTIFICATIONS)[number]): boolean {
  const key = decodeURIComponent(record.s3.object.key.replace(/\+/g, ' '));
  const created = record.eventName.startsWith('ObjectCreated:');
  const wantsCreated = rule.events.some((e) => e.startsWith('s3:ObjectCreated:'));
  return created === wantsCreated && key.startsWith(rule.prefix) && key.endsWith(rule.suffix);
}

/**
 * The S3 API (s3rver) for the environment's buckets, with object notifications turned into real
 * `S3Event`s for the functions the catalogue subscribes, one record per event as S3 sends them.
 * s3rver does not check SigV4 signatures, so it serves no port of its own: every request reaches it
 * through a front that verifies the signature (header or presigned URL) first. Anonymous reads,
 * listings and writes are refused as in a private bucket; CORS preflights (which carry no
 * credentials) pass, and the bucket's CORS rule names the app's origins only.
 */
export async function startLocalS3(options: {
  port: number;
  directory: string;
  /** Origins the app is served from (browser uploads come from there). */
  appOrigins: readonly string[];
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
    configureBuckets: Object.values(options.bucketNames).map((name) => ({
      name: name!,
      configs: [Buffer.from(corsFor(options.appOrigins))],
    })),
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
  await server.configureBuckets();
  const serveS3 = server.callback();
  const front = createServer((req, res) => {
    if (req.method !== 'OPTIONS') {
      const verdict = verifySigV4({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers }, SECRETS, Date.now());
      if (!verdict.ok) {
        req.resume(); // read what was sent, then refuse, so the client sees the answer
        res.writeHead(403, { 'content-type': 'application/xml', 'x-content-type-options': 'nosniff' });
        res.end(xmlError(verdict.code, verdict.message));
        return;
      }
    }
    const origin = req.headers.origin;
    if (req.method === 'OPTIONS' && origin) {
      // s3rver answers an allowed preflight with `*`; S3 names the allowed origin, as here.
      const setHeader = res.setHeader.bind(res);
      res.setHeader = (name, value) =>
        setHeader(name, name.toLowerCase() === 'access-control-allow-origin' && value === '*' ? origin : value);
    }
    void serveS3(req, res);
  });
  front.keepAliveTimeout = 65_000; // longer than clients keep idle sockets: no reset connections
  front.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    front.once('error', reject);
    front.listen(options.port, '127.0.0.1', () => resolve());
  });
  return {
    endpoint: `http://127.0.0.1:${(front.address() as AddressInfo).port}`,
    stop: async () => {
      front.closeAllConnections();
      await new Promise<void>((resolve) => front.close(() => resolve()));
      server.logger.exceptions.unhandle();
      server.logger.close();
    },
  };
}
