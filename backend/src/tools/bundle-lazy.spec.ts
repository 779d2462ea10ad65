import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { NEST_FORMATTER_LINE, NEST_LOGGER_FILES, lazyLoading, lazyNestFormatter, lazyRequires } from './bundle-lazy';

describe('lazyRequires', () => {
  it('turns the top-level requires tsc writes for the listed packages into stand-ins', () => {
    const source = [
      '"use strict";',
      'const client_ssm_1 = require("@aws-sdk/client-ssm");',
      'const stripe_1 = __importDefault(require("stripe"));',
      'const lib_dynamodb_1 = require("@aws-sdk/lib-dynamodb");',
      'function f() { const x = require("stripe"); }',
    ].join('\n');
    const { code, count } = lazyRequires(source, ['@aws-sdk/client-ssm', 'stripe']);
    expect(count).toBe(2);
    expect(code).toContain('const client_ssm_1 = __ramLazy(() => require("@aws-sdk/client-ssm"));');
    expect(code).toContain('const stripe_1 = __ramLazy(() => __importDefault(require("stripe")));');
    // Not listed, or not at the top of the module: left as written.
    expect(code).toContain('const lib_dynamodb_1 = require("@aws-sdk/lib-dynamodb");');
    expect(code).toContain('function f() { const x = require("stripe"); }');
  });

  it('leaves a module without such requires byte for byte', () => {
    const source = 'const path_1 = require("node:path");\n';
    expect(lazyRequires(source)).toEqual({ code: source, count: 0 });
  });
});

describe('lazyNestFormatter', () => {
  const loggers = ['console-logger.service.js', 'logger.service.js'].map((f) => require.resolve(`@nestjs/common/services/${f}`));

  it.each(loggers)('still finds the line in the installed %s (a Nest upgrade that moves it shows here)', (file) => {
    expect(NEST_LOGGER_FILES.test(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain(NEST_FORMATTER_LINE);
  });

  it('formats like the original, building the formatter on first use only', () => {
    const original = readFileSync(loggers[0], 'utf8');
    const patched = lazyNestFormatter(original);
    expect(patched).not.toContain(NEST_FORMATTER_LINE);
    const grab = (code: string) => {
      const start = code.indexOf('const DEFAULT_DEPTH');
      const end = code.indexOf('/**\n * @publicApi');
      return new Function(`${code.slice(start, end)}; return dateTimeFormatter;`)() as { format(d: number): string };
    };
    const at = Date.UTC(2026, 11, 2, 6, 30, 15);
    expect(grab(patched).format(at)).toBe(grab(original).format(at));
  });
});

describe('a bundle built with lazyLoading', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ram-lazy-'));
    mkdirSync(join(dir, 'node_modules', 'heavy'), { recursive: true });
    writeFileSync(
      join(dir, 'node_modules', 'heavy', 'index.js'),
      'globalThis.__heavyLoaded = (globalThis.__heavyLoaded ?? 0) + 1;\nexports.answer = () => 42;\n',
    );
    mkdirSync(join(dir, 'dist'));
    writeFileSync(
      join(dir, 'dist', 'entry.js'),
      '"use strict";\nconst heavy_1 = require("heavy");\nexports.ask = () => heavy_1.answer();\nexports.has = () => "answer" in heavy_1;\n',
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('evaluates the package on first use, once, and behaves as before', async () => {
    const outfile = join(dir, 'out.js');
    await build({
      entryPoints: [join(dir, 'dist', 'entry.js')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      logLevel: 'error',
      plugins: [lazyLoading(join(dir, 'dist'), ['heavy'])],
    });
    const global = globalThis as { __heavyLoaded?: number };
    delete global.__heavyLoaded;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bundle = require(outfile) as { ask(): number; has(): boolean };
    expect(global.__heavyLoaded).toBeUndefined();
    expect(bundle.ask()).toBe(42);
    expect(bundle.has()).toBe(true);
    expect(bundle.ask()).toBe(42);
    expect(global.__heavyLoaded).toBe(1);
  });
});
