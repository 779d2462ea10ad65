import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { freePort } from '../../src/local/ports';
import { LOCAL_S3_CREDENTIALS } from '../../src/local/s3/s3-server';
import { startTestRuntime } from '../support/test-runtime';

describe('GET /api/health tells the truth', () => {
  it('answers 503 "starting" while the runtime starts, then 200 with S3 up once the bucket holds objects', async () => {
    const port = await freePort();
    const seen = new Set<string>();
    let polling = true;
    const poll = (async () => {
      while (polling) {
        const answer = await fetch(`http://127.0.0.1:${port}/api/health`).then(
          async (r) => `${r.status} ${((await r.json()) as { status: string }).status}`,
          () => undefined,
        );
        if (answer) seen.add(answer);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const runtime = await startTestRuntime({ port });
    try {
      polling = false;
      await poll;
      const s3 = new S3Client({
        endpoint: runtime.s3Endpoint,
        region: 'eu-central-1',
        forcePathStyle: true,
        credentials: LOCAL_S3_CREDENTIALS,
      });
      await s3.send(new PutObjectCommand({ Bucket: `${runtime.env}-reef-a-matic-upload`, Key: 'health/probe.txt', Body: 'x' }));
      s3.destroy();

      const after = await fetch(`${runtime.url}/api/health`);
      const body = (await after.json()) as { status: string; components: Record<string, { up: boolean }> };

      expect([...seen]).toContain('503 starting');
      expect([...seen].filter((s) => !['503 starting', '200 ok'].includes(s))).toEqual([]);
      expect(after.status).toBe(200);
      expect(body).toMatchObject({ status: 'ok', components: { s3: { up: true }, dynamodb: { up: true } } });
    } finally {
      await runtime.stop();
    }
  });
});
