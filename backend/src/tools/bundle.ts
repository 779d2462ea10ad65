import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { FUNCTIONS, FUNCTION_NAMES, type FunctionName } from '../catalogue';
import { lazyLoading } from './bundle-lazy';
import { bundleShims } from './bundle-shims';
import { BUNDLE_FILE, CACHE_FILE, LOADER_SOURCE, WARM_UP_ENV } from './code-cache';
import { changelogText, collectBuildMetadata } from '../local/build-metadata';

// Nest and Powertools load these only when a feature asks for them; none is used here.
const OPTIONAL_MODULES = [
  '@nestjs/microservices',
  '@nestjs/microservices/microservices-module',
  '@nestjs/websockets',
  '@nestjs/websockets/socket-module',
  '@fastify/static',
  '@fastify/view',
  'class-transformer/storage',
];

/**
 * Files a bundle loads at run time instead of bundling: pdf.js is ES-module only and is imported
 * natively (see modules/extraction/load-pdfjs.ts), so it ships beside index.js under node_modules.
 */
const RUNTIME_ASSETS: Partial<Record<FunctionName, readonly string[]>> = {
  'upload-convert': ['pdfjs-dist/package.json', 'pdfjs-dist/legacy/build/pdf.mjs', 'pdfjs-dist/legacy/build/pdf.worker.mjs'],
};

function copyRuntimeAssets(name: FunctionName, outDir: string): void {
  for (const asset of RUNTIME_ASSETS[name] ?? []) {
    const target = join(outDir, 'node_modules', asset);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(require.resolve(asset), target);
  }
}

export interface BundleResult {
  readonly functionName: FunctionName;
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
  /** Bytes of V8's code cache beside the bundle (0 when it could not be written). */
  readonly cacheBytes: number;
  /** The biggest contributors to the bundle (packages, or our own top folders), largest first. */
  readonly contributors: readonly { readonly name: string; readonly bytes: number }[];
}

/** Output bytes per npm package (or per folder of ours) from esbuild's metafile, largest first. */
export function contributorsOf(
  inputs: Readonly<Record<string, { readonly bytesInOutput: number }>>,
  top = 5,
): BundleResult['contributors'] {
  const bytes = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
    const name = pkg ?? (/(?:^|\/)dist\/([^/]+\/[^/]+)/.exec(path)?.[1] ?? path).replace(/\.js$/, '');
    bytes.set(name, (bytes.get(name) ?? 0) + bytesInOutput);
  }
  return [...bytes]
    .map(([name, n]) => ({ name, bytes: n }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, top);
}

const distDir = resolve(__dirname, '..');

let defines: Record<string, string> | undefined;

/** `RAM_DEPLOY_ENV` names the environment the artifacts are for (the workflow sets it per stack). */
function buildDefines(): Record<string, string> {
  defines ??= {
    __RAM_BUILD__: JSON.stringify(collectBuildMetadata(process.env.RAM_DEPLOY_ENV ?? '')),
    __RAM_RELEASE_NOTES__: JSON.stringify(changelogText()),
  };
  return defines;
}

/**
 * V8 takes a code cache only under the flags it was made with (heap sizes, `--expose-gc`, …; Node's
 * own options do not count). `RAM_CODE_CACHE_V8_FLAGS` gives the cache writer the flags the target
 * runtime starts Node with; each function logs `codeCache` at its cold start, so a deployed stack
 * shows whether they match.
 */
const CODE_CACHE_V8_FLAGS = (process.env.RAM_CODE_CACHE_V8_FLAGS ?? '').split(' ').filter(Boolean);

/**
 * V8's code cache for the bundle, written by a Node process of its own (see code-cache.ts). A failed
 * warm-up still leaves a working artifact: the loader compiles without a cache.
 */
function writeCodeCacheFor(name: string, outDir: string, warmUp: 'http' | 'load'): number {
  const cache = join(outDir, CACHE_FILE);
  rmSync(cache, { force: true });
  try {
    execFileSync(process.execPath, [...CODE_CACHE_V8_FLAGS, join(__dirname, 'code-cache.js'), outDir, name, warmUp], {
      env: { PATH: process.env.PATH ?? '', ...WARM_UP_ENV },
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 60_000,
    });
  } catch (error) {
    process.stderr.write(`${name}: no code cache (${String((error as { stderr?: Buffer }).stderr ?? error).trim()})\n`);
  }
  return existsSync(cache) ? statSync(cache).size : 0;
}

/** Puts the loader (`index.js`) and the code cache beside a bundle written to `<outDir>/main.js`. */
export function finishArtifact(name: string, outDir: string, warmUp: 'http' | 'load'): { handlerFile: string; cacheBytes: number } {
  const handlerFile = join(outDir, 'index.js');
  writeFileSync(handlerFile, LOADER_SOURCE);
  return { handlerFile, cacheBytes: writeCodeCacheFor(name, outDir, warmUp) };
}

/**
 * Bundles one function from the tsc output (which keeps decorator metadata, unlike bundling the
 * TypeScript directly) into `dist/bundles/<name>/`, the artifact infra deploys: `index.js` (the
 * handler Lambda loads), `main.js` (the bundle) and `main.js.cache` (its compiled code).
 */
export async function bundleFunction(name: FunctionName, outRoot = join(distDir, 'bundles')): Promise<BundleResult | undefined> {
  const entry = join(distDir, 'functions', `${name}.js`);
  if (!existsSync(entry)) return undefined;
  const outDir = join(outRoot, name);
  // A fresh folder: whatever an older build left there would be deployed with the artifact.
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, BUNDLE_FILE);
  const { metafile } = await build({
    entryPoints: [entry],
    metafile: true,
    outfile: file,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    keepNames: true, // Nest resolves providers and errors by class name
    // External: the map (about 10 MB) is not part of the artifact Lambda downloads at a cold start;
    // it is kept under dist/bundles/.source-maps/ for reading a stack trace offline.
    sourcemap: 'external',
    external: OPTIONAL_MODULES,
    plugins: [bundleShims(), lazyLoading(distDir)],
    logLevel: 'error',
    legalComments: 'none',
    // Build metadata and release notes for the admin console's About (shared/build-info.ts).
    define: buildDefines(),
  });
  copyRuntimeAssets(name, outDir);
  const maps = join(outRoot, '.source-maps', name);
  mkdirSync(maps, { recursive: true });
  renameSync(`${file}.map`, join(maps, `${BUNDLE_FILE}.map`));
  const { handlerFile, cacheBytes } = finishArtifact(name, outDir, FUNCTIONS[name].kind === 'http' ? 'http' : 'load');
  return {
    functionName: name,
    file: handlerFile,
    bytes: statSync(file).size,
    gzipBytes: gzipSync(readFileSync(file)).length,
    cacheBytes,
    contributors: contributorsOf(Object.values(metafile.outputs).find((o) => o.entryPoint)?.inputs ?? {}),
  };
}

export async function bundleAll(): Promise<BundleResult[]> {
  const results: BundleResult[] = [];
  for (const name of FUNCTION_NAMES) {
    const result = await bundleFunction(name);
    if (result) results.push(result);
  }
  return results;
}

if (require.main === module) {
  bundleAll()
    .then((results) => {
      for (const r of results)
        process.stdout.write(
          `${r.functionName.padEnd(26)} ${(r.bytes / 1024).toFixed(0).padStart(6)} KiB  (${(r.gzipBytes / 1024).toFixed(0)} KiB gzipped, code cache ${(r.cacheBytes / 1024).toFixed(0)} KiB)\n`,
        );
    })
    .catch((error: unknown) => {
      process.stderr.write(`Bundling failed: ${(error as Error).message}\n`);
      process.exit(1);
    });
}
