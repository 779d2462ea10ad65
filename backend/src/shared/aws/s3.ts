import { S3Client } from '@aws-sdk/client-s3';
import { runtimeConfig } from '../config';
import { onClientReset } from './clients';

let s3: S3Client | undefined;
onClientReset(() => (s3 = undefined));

export function s3Client(): S3Client {
  const config = runtimeConfig();
  s3 ??= new S3Client({ region: config.region, forcePathStyle: config.s3ForcePathStyle });
  return s3;
}
