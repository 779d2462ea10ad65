import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { verifySigV4 } from './sigv4';

const SECRETS = { S3RVER: 'S3RVER' };
const HOST = '127.0.0.1:4569';

async function presignedPut(size: number, credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }) {
  const client = new S3Client({
    region: 'eu-central-1',
    endpoint: `http://${HOST}`,
    forcePathStyle: true,
    credentials,
    requestChecksumCalculation: 'WHEN_REQUIRED',
  });
  const url = new URL(
    await getSignedUrl(
      client,
      new PutObjectCommand({ Bucket: 'bucket', Key: 'uploads/u1/t1/test-1.pdf', ContentType: 'application/pdf', ContentLength: size }),
      {
        expiresIn: 300,
        signableHeaders: new Set(['content-type', 'content-length']),
      },
    ),
  );
  client.destroy();
  return `${url.pathname}${url.search}`;
}

const put = (url: string, headers: Record<string, string> = {}) => ({
  method: 'PUT',
  url,
  headers: { host: HOST, 'content-type': 'application/pdf', 'content-length': '2048', ...headers },
});

describe('SigV4 verification of the local S3', () => {
  it('accepts a presigned PUT sent exactly as signed', async () => {
    expect(verifySigV4(put(await presignedPut(2048)), SECRETS, Date.now())).toEqual({ ok: true, accessKeyId: 'S3RVER' });
  });

  it.each([
    ['another content type', { 'content-type': 'image/png' }],
    ['another length', { 'content-length': '2047' }],
    ['another host', { host: 'evil.example' }],
  ])('refuses %s than was signed', async (_what, headers) => {
    expect(verifySigV4(put(await presignedPut(2048), headers), SECRETS, Date.now())).toMatchObject({
      ok: false,
      code: 'SignatureDoesNotMatch',
    });
  });

  it('refuses the signature on another key or method', async () => {
    const url = await presignedPut(2048);

    expect(verifySigV4(put(url.replace('test-1.pdf', 'test-2.pdf')), SECRETS, Date.now())).toMatchObject({
      ok: false,
      code: 'SignatureDoesNotMatch',
    });
    expect(verifySigV4({ ...put(url), method: 'GET' }, SECRETS, Date.now())).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
  });

  it('refuses an anonymous request, an unknown key, a wrong secret and an expired URL', async () => {
    const url = await presignedPut(2048);

    expect(verifySigV4(put('/bucket/uploads/u1/t1/test-1.pdf'), SECRETS, Date.now())).toMatchObject({ ok: false, code: 'AccessDenied' });
    expect(
      verifySigV4(put(await presignedPut(2048, { accessKeyId: 'OTHER', secretAccessKey: 'S3RVER' })), SECRETS, Date.now()),
    ).toMatchObject({ ok: false, code: 'InvalidAccessKeyId' });
    expect(
      verifySigV4(put(await presignedPut(2048, { accessKeyId: 'S3RVER', secretAccessKey: 'guess' })), SECRETS, Date.now()),
    ).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
    expect(verifySigV4(put(url), SECRETS, Date.now() + 301_000)).toMatchObject({
      ok: false,
      code: 'AccessDenied',
      message: 'Request has expired',
    });
  });

  it('refuses a malformed Authorization header', () => {
    expect(verifySigV4(put('/bucket/key', { authorization: 'AWS S3RVER:abc' }), SECRETS, Date.now())).toMatchObject({
      ok: false,
      code: 'AccessDenied',
    });
  });
});
