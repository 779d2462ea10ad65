import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { FUNCTION_NAMES, type FunctionName } from '../catalogue';
import { bundleShims } from './bundle-shims';
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
 * Bundles one function from the tsc output (which keeps decorator metadata, unlike bundling the
 * TypeScript directly) into `dist/bundles/<name>/index.js`, the artifact infra deploys.
 */
export async function bundleFunction(name: FunctionName, outRoot = join(distDir, 'bundles')): Promise<BundleResult | undefined> {
  const entry = join(distDir, 'functions', `${name}.js`);
  if (!existsSync(entry)) return undefined;
  const outDir = join(outRoot, name);
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, 'index.js');
  await build({
    entryPoints: [entry],
    outfile: file,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    keepNames: true, // Nest resolves providers and errors by class name
    sourcemap: 'linked',
    external: OPTIONAL_MODULES,
    plugins: [bundleShims()],
    logLevel: 'error',
    legalComments: 'none',
    // Build metadata and release notes for the admin console's About (shared/build-info.ts).
    define: buildDefines(),
  });
  copyRuntimeAssets(name, outDir);
  return { functionName: name, file, bytes: statSync(file).size, gzipBytes: gzipSync(readFileSync(file)).length };
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
          `${r.functionName.padEnd(26)} ${(r.bytes / 1024).toFixed(0).padStart(6)} KiB  (${(r.gzipBytes / 1024).toFixed(0)} KiB gzipped)\n`,
        );
    })
    .catch((error: unknown) => {
      process.stderr.write(`Bundling failed: ${(error as Error).message}\n`);
      process.exit(1);
    });
}
