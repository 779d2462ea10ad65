import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

/**
 * SDKs that only some requests of a function use: Stripe for billing calls, SSM for Stripe's keys, SES
 * for mail, Bedrock for the optional AI wording, SQS for the routes that queue work, and so on. The
 * compiled modules require them at their top, so every cold start evaluated all of them (account-api
 * spent about a third of its module evaluation on Stripe, SSM and SES, none of which `/user` needs).
 *
 * In a bundle, each such top-level require becomes a stand-in that loads the package the first time a
 * property is read from it. Nothing changes for the code: `new client_ssm_1.SSMClient(...)` or
 * `error instanceof stripe_1.default.errors.StripeError` load the package at that moment and behave as
 * before. DynamoDB, the one client nearly every request needs, stays eager.
 */
export const LAZY_PACKAGES: readonly string[] = [
  'stripe',
  '@aws-sdk/client-apigatewaymanagementapi',
  '@aws-sdk/client-bedrock-runtime',
  '@aws-sdk/client-cognito-identity-provider',
  '@aws-sdk/client-cost-explorer',
  '@aws-sdk/client-s3',
  '@aws-sdk/client-sesv2',
  '@aws-sdk/client-sqs',
  '@aws-sdk/client-ssm',
  '@aws-sdk/s3-request-presigner',
];

/** Defined once per bundle, ahead of the first module that uses it. */
const LAZY_HELPER = `
function __ramLazy(load) {
  let mod;
  const real = () => (mod ??= load());
  return new Proxy({}, {
    get: (_t, key) => Reflect.get(real(), key),
    has: (_t, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_t, key) => {
      const d = Reflect.getOwnPropertyDescriptor(real(), key);
      return d && { ...d, configurable: true };
    },
  });
}
`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * `const x_1 = require("pkg");` and `const x_1 = __importDefault(require("pkg"));` at the top of a
 * compiled module (column 0: tsc's own output for an import), for the packages above.
 */
export function lazyRequires(source: string, packages: readonly string[] = LAZY_PACKAGES): { code: string; count: number } {
  const names = packages.map(escape).join('|');
  const pattern = new RegExp(`^(const|var|let) (\\w+) = ((?:__importDefault|__importStar)\\()?require\\("(${names})"\\)(\\))?;$`, 'gm');
  let count = 0;
  const code = source.replace(
    pattern,
    (_m, kind: string, name: string, wrapper: string | undefined, pkg: string, close: string | undefined) => {
      count++;
      const load = `${wrapper ?? ''}require(${JSON.stringify(pkg)})${close ?? ''}`;
      return `${kind} ${name} = __ramLazy(() => ${load});`;
    },
  );
  return { code: count > 0 ? `${LAZY_HELPER}${code}` : source, count };
}

/**
 * Nest's two logger modules each build an `Intl.DateTimeFormat` when they are evaluated, which loads
 * the ICU locale data (about 15–40 ms of a cold start) for loggers the lambdaliths never print with:
 * their Nest log lines go through the Powertools logger. Made lazy here; if a Nest upgrade changes
 * the line, the file is left as it is (bundle-lazy.spec.ts notices).
 */
export const NEST_LOGGER_FILES = /@nestjs[\\/]common[\\/]services[\\/](console-logger|logger)\.service\.js$/;
export const NEST_FORMATTER_LINE = 'const dateTimeFormatter = new Intl.DateTimeFormat(undefined, {';

export function lazyNestFormatter(source: string): string {
  if (!source.includes(NEST_FORMATTER_LINE)) return source;
  const withLazy = source.replace(NEST_FORMATTER_LINE, 'let __ramFormatter;\nconst __ramFormatterOptions = ({');
  // The options object ends the statement `});` right after its opening; close it as a plain object.
  const end = withLazy.indexOf('});', withLazy.indexOf('const __ramFormatterOptions'));
  return (
    withLazy.slice(0, end) +
    '});\nconst dateTimeFormatter = { format: (d) => (__ramFormatter ??= new Intl.DateTimeFormat(undefined, __ramFormatterOptions)).format(d) };' +
    withLazy.slice(end + 3)
  );
}

/** The esbuild plugin: lazy SDK requires in our compiled modules, and Nest's logger formatters on demand. */
export function lazyLoading(distDir: string, packages: readonly string[] = LAZY_PACKAGES): Plugin {
  const ours = new RegExp(`^${escape(distDir)}[\\\\/](?!.*node_modules).*\\.js$`);
  return {
    name: 'ram-lazy-loading',
    setup(build) {
      build.onLoad({ filter: /\.js$/ }, async (args) => {
        if (NEST_LOGGER_FILES.test(args.path)) return { contents: lazyNestFormatter(await readFile(args.path, 'utf8')), loader: 'js' };
        if (!ours.test(args.path)) return undefined;
        const { code, count } = lazyRequires(await readFile(args.path, 'utf8'), packages);
        return count > 0 ? { contents: code, loader: 'js' } : undefined;
      });
    },
  };
}
