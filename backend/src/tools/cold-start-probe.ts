import { performance } from 'node:perf_hooks';

// Runs in a fresh Node process: loads one bundle and serves one request, timing from process start.
async function main(): Promise<void> {
  const [bundle, eventJson] = process.argv.slice(2);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { handler, __codeCache } = require(bundle) as {
    handler: (e: unknown, c: unknown) => Promise<{ statusCode: number }>;
    __codeCache?: string;
  };
  const loadedAt = performance.now();
  const context = { awsRequestId: 'bench', functionName: 'bench', getRemainingTimeInMillis: () => 30_000 };
  const result = await handler(JSON.parse(eventJson), context);
  const answeredAt = performance.now();
  // CPU time as well as wall time: on a shared machine it varies far less with what else runs.
  const cpu = process.cpuUsage();
  const cpuMs = (cpu.user + cpu.system) / 1000;
  process.stdout.write(
    JSON.stringify({
      status: result.statusCode,
      loadMs: loadedAt,
      totalMs: answeredAt,
      cpuMs,
      rssMb: process.memoryUsage().rss / 1048576,
      codeCache: __codeCache ?? 'none',
    }),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(String(error));
  process.exit(1);
});
