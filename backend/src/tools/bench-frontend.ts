import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The SPA's initial download: what `index.html` loads before any lazy route (entry scripts,
 * modulepreloaded chunks and the global stylesheet), raw and gzipped, from a fresh production build.
 */

const repoRoot = resolve(__dirname, '../../..');
const distDir = join(repoRoot, 'frontend', 'dist', 'frontend', 'browser');

export interface BundleFile {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

export interface FrontendBundleReport {
  readonly initial: readonly BundleFile[];
  readonly lazyChunks: number;
  readonly largestLazy: BundleFile;
}

/** Files `index.html` fetches up front: `<script src>`, `<link rel="modulepreload|stylesheet">`. */
export function initialFilesOf(indexHtml: string): string[] {
  const found = new Set<string>();
  for (const match of indexHtml.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) found.add(match[1]);
  for (const match of indexHtml.matchAll(
    /<link[^>]*rel="(?:modulepreload|stylesheet)"[^>]*href="([^"]+)"|<link[^>]*href="([^"]+)"[^>]*rel="(?:modulepreload|stylesheet)"/g,
  ))
    found.add(match[1] ?? match[2]);
  return [...found].filter((f) => !/^https?:/.test(f));
}

const measure = (file: string): BundleFile => {
  const bytes = readFileSync(join(distDir, file));
  return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
};

/** The chunks a script imports statically (`import … from "./chunk-….js"`, `import "./chunk-….js"`). */
export function staticImportsOf(source: string): string[] {
  return [...source.matchAll(/import\s*(?:[^'"();]*?from\s*)?["']\.\/([^"']+\.js)["']/g)].map((m) => m[1]);
}

/**
 * Everything the browser must fetch before the first route: what index.html names, and every chunk
 * those scripts import statically, however deep (Angular names at most ten chunks in modulepreload
 * links; the others are found only when their importer arrives, but they are just as initial).
 */
export function initialClosureOf(indexHtml: string, read: (file: string) => string): string[] {
  const files = initialFilesOf(indexHtml);
  const seen = new Set(files);
  for (let i = 0; i < files.length; i++) {
    if (!files[i].endsWith('.js')) continue;
    for (const chunk of staticImportsOf(read(files[i])))
      if (!seen.has(chunk)) {
        seen.add(chunk);
        files.push(chunk);
      }
  }
  return files;
}

export function frontendBundleReport(build = true): FrontendBundleReport {
  if (build) execFileSync('npm', ['run', 'build', '-w', 'frontend'], { cwd: repoRoot, stdio: 'ignore' });
  const initial = initialClosureOf(readFileSync(join(distDir, 'index.html'), 'utf8'), (f) => readFileSync(join(distDir, f), 'utf8')).map(
    measure,
  );
  const initialSet = new Set(initial.map((f) => f.file));
  const lazy = readdirSync(distDir)
    .filter((f) => f.endsWith('.js') && !initialSet.has(f) && statSync(join(distDir, f)).isFile())
    .map(measure)
    .sort((a, b) => b.bytes - a.bytes);
  return { initial, lazyChunks: lazy.length, largestLazy: lazy[0] };
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

/** #22's target for the initial JavaScript, gzipped (the first budget, #10's, was 200 kB). */
export const INITIAL_JS_TARGET_BYTES = 80_000;

/** Gzipped bytes of the JavaScript `index.html` loads before any route. */
export function initialJsGzipBytes(report: FrontendBundleReport): number {
  return report.initial.filter((f) => f.file.endsWith('.js')).reduce((sum, f) => sum + f.gzipBytes, 0);
}

export function frontendBundleSection(report: FrontendBundleReport): string {
  const total = report.initial.reduce((sum, f) => ({ bytes: sum.bytes + f.bytes, gzip: sum.gzip + f.gzipBytes }), { bytes: 0, gzip: 0 });
  const js = initialJsGzipBytes(report);
  return [
    `Production build (\`npm run build -w frontend\`), the files \`index.html\` loads before any route and every chunk they import statically, gzip level 9. Target (#22): initial JavaScript at most ${kb(INITIAL_JS_TARGET_BYTES)} kB gzipped. Measured ${new Date().toISOString().slice(0, 10)}.`,
    '',
    '| file | raw kB | gzip kB |',
    '| --- | ---: | ---: |',
    ...report.initial.map((f) => `| \`${f.file}\` | ${kb(f.bytes)} | ${kb(f.gzipBytes)} |`),
    `| **initial total** | **${kb(total.bytes)}** | **${kb(total.gzip)}** |`,
    '',
    `Initial JavaScript gzipped: **${kb(js)} kB** (target ${kb(INITIAL_JS_TARGET_BYTES)} kB: ${js <= INITIAL_JS_TARGET_BYTES ? 'met' : 'not met'}). ${report.lazyChunks} lazy chunks load with their routes; the largest is \`${report.largestLazy.file}\` at ${kb(report.largestLazy.bytes)} kB raw / ${kb(report.largestLazy.gzipBytes)} kB gzipped.`,
  ].join('\n');
}
