import type { LocalRuntime } from '../../src/local/runtime';
import { recordPaidPlan } from '../support/paid-plan';
import { type SignedInUser, postApi, signUpAndIn, startTestRuntime } from '../support/test-runtime';

describe('uploads are held to what was signed, and the local S3 refuses anonymous access', () => {
  let runtime: LocalRuntime;
  let keeper: SignedInUser;
  let tankId: string;
  const bucket = () => `${runtime.env}-reef-a-matic-upload`;

  beforeAll(async () => {
    runtime = await startTestRuntime();
    keeper = await signUpAndIn(runtime, undefined, 'PRO');
    await recordPaidPlan(runtime, keeper.userId, 'PRO'); // no upload limit
    tankId = ((await postApi(runtime, '/user', {}, keeper)).body.tanks as { tankId: string }[])[0].tankId;
  });
  afterAll(() => runtime.stop());

  const startUpload = async (fileSize = 2048, extra: Record<string, unknown> = {}) => {
    const started = await postApi(runtime, '/test', { tankId, fileName: 'report.pdf', fileSize, ...extra }, keeper);
    expect(started.status).toBe(200);
    return started.body as { testId: string; uploadUrl: string; uploadHeaders: Record<string, string> };
  };
  const put = (url: string, body: Buffer, type = 'application/pdf') =>
    fetch(url, { method: 'PUT', body, headers: { 'content-type': type } });

  it('accepts the PDF with the type and size that were signed', async () => {
    const { uploadUrl, uploadHeaders } = await startUpload(2048);

    expect(uploadHeaders).toEqual({ 'content-type': 'application/pdf' });
    expect(new URL(uploadUrl).searchParams.get('X-Amz-SignedHeaders')).toBe('content-length;content-type;host');
    expect((await put(uploadUrl, Buffer.alloc(2048, 1))).status).toBe(200);
  });

  it.each([
    ['another content type', 2048, 'image/png'],
    ['a smaller file', 2047, 'application/pdf'],
    ['a larger file', 4096, 'application/pdf'],
  ])('refuses %s than was signed', async (_what, size, type) => {
    const { uploadUrl } = await startUpload(2048);

    const sut = await put(uploadUrl, Buffer.alloc(size, 1), type);

    expect(sut.status).toBe(403);
    expect(await sut.text()).toContain('SignatureDoesNotMatch');
  });

  it('refuses the signature on another key, and a PUT without any signature', async () => {
    const { uploadUrl } = await startUpload(2048);
    const url = new URL(uploadUrl);
    const otherKey = new URL(uploadUrl);
    otherKey.pathname = url.pathname.replace(/[^/]+\.pdf$/, 'someone-else.pdf');

    expect((await put(otherKey.toString(), Buffer.alloc(2048, 1))).status).toBe(403);
    expect((await put(`${url.origin}${url.pathname}`, Buffer.alloc(2048, 1))).status).toBe(403);
  });

  it('refuses an expired upload URL', async () => {
    const { uploadUrl } = await startUpload(2048);
    const url = new URL(uploadUrl);
    url.searchParams.set('X-Amz-Date', '20200101T000000Z');

    expect((await put(url.toString(), Buffer.alloc(2048, 1))).status).toBe(403);
  });

  it('refuses anonymous reads, listings and writes', async () => {
    const { uploadUrl } = await startUpload(2048);
    const objectUrl = uploadUrl.split('?')[0];
    expect((await put(uploadUrl, Buffer.alloc(2048, 1))).status).toBe(200);

    const read = await fetch(objectUrl);
    const listing = await fetch(`${runtime.s3Endpoint}/${bucket()}?list-type=2`);
    const buckets = await fetch(`${runtime.s3Endpoint}/`);
    const write = await fetch(`${runtime.s3Endpoint}/${bucket()}/uploads/anyone.pdf`, { method: 'PUT', body: 'x' });

    for (const sut of [read, listing, buckets, write]) {
      expect(sut.status).toBe(403);
      expect(await sut.text()).not.toContain('uploads/');
    }
  });

  it('answers CORS preflights for the app origin only', async () => {
    const { uploadUrl } = await startUpload(2048);
    const preflight = (origin: string) =>
      fetch(uploadUrl, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'content-type' },
      });

    const app = await preflight(runtime.url);
    const other = await preflight('https://evil.example');

    expect(app.status).toBe(200);
    expect(app.headers.get('access-control-allow-origin')).toBe(runtime.url);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('counts the batch cap when each file starts: 20 of 21 simultaneous starts get a URL', async () => {
    const batchId = `batch-${Date.now()}`;

    const starts = await Promise.all(
      Array.from({ length: 21 }, (_, n) => postApi(runtime, '/test', { tankId, fileName: `r${n}.pdf`, fileSize: 100, batchId }, keeper)),
    );

    expect(starts.filter((s) => s.status === 200)).toHaveLength(20);
    expect(starts.filter((s) => s.status === 409).map((s) => s.body)).toEqual([
      expect.objectContaining({ reason: 'BATCH_FULL', limit: 20 }),
    ]);
  });

  it('keeps only a sanitised display name of the file', async () => {
    const { testId } = await startUpload(100, { fileName: 'C:\\fakepath\\ICP\u202E  März.pdf' });

    const listed = (await postApi(runtime, '/test/history/list', { tankId }, keeper)).body.tests as { id: string; fileName?: string }[];

    expect(listed.find((t) => t.id === testId)?.fileName).toBe('ICP März.pdf');
  });
});
