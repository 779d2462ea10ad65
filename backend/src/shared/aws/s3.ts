import { S3Client } from '@aws-sdk/client-s3';
import { runtimeConfig } from '../config';
import { onClientReset } from './clients';
import { sdkClient } from './sdk-client';

let s3: S3Client | undefined;
onClientReset(() => (s3 = undefined));

export function s3Client(): S3Client {
  const config = runtimeConfig();
  // Checksums only where S3 requires them: a default CRC32 in a presigned upload URL would be the
  // checksum of an empty body, and S3 would refuse the browser's PUT of the real file.
  s3 ??= sdkClient(S3Client, {
    region: config.region,
    forcePathStyle: config.s3ForcePathStyle,
    requestChecksumCalculation: 'WHEN_REQUIRED',
  });
  return s3;
}
