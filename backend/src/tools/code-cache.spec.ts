import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { BUNDLE_FILE, CACHE_FILE, LOADER_SOURCE, writeCodeCache } from './code-cache';

/**
 * Loads an artifact's index.js in a fresh Node process and reports what its handler answers. The
 * process gets this one's flags: the cache below is written here, and V8 takes a cache only under
 * the flags it was written with (jest may run with a bigger heap, for one).
 */
function loadInFreshNode(dir: string): { codeCache: string; answer: unknown } {
  const script = `const m = require(${JSON.stringify(join(dir, 'index.js'))}); m.handler({}).then((answer) => process.stdout.write(JSON.stringify({ codeCache: m.__codeCache, answer })));`;
  return JSON.parse(execFileSync(process.execPath, [...process.execArgv, '-e', script], { encoding: 'utf8' })) as {
    codeCache: string;
    answer: unknown;
  };
}

describe('the artifact loader and its V8 code cache', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ram-code-cache-'));
    writeFileSync(
      join(dir, BUNDLE_FILE),
      [
        '"use strict";',
        'const { join } = require("node:path");',
        'const table = Array.from({ length: 500 }, (_, i) => i * i);',
        'exports.handler = async () => ({ sum: table.reduce((a, b) => a + b, 0), dir: __dirname === require("node:path").dirname(__filename), join: typeof join });',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'index.js'), LOADER_SOURCE);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('runs the bundle without a cache', () => {
    expect(loadInFreshNode(dir)).toEqual({ codeCache: 'none', answer: { sum: 41541750, dir: true, join: 'function' } });
  });

  it('takes the cache the writer made for this Node, and answers the same', async () => {
    expect(await writeCodeCache(dir, 'test', 'load')).toBeGreaterThan(0);
    expect(loadInFreshNode(dir)).toEqual({ codeCache: 'used', answer: { sum: 41541750, dir: true, join: 'function' } });
  });

  it('compiles as usual when V8 rejects the cache (another Node, or a changed bundle)', async () => {
    await writeCodeCache(dir, 'test', 'load');
    writeFileSync(join(dir, BUNDLE_FILE), '"use strict";\nexports.handler = async () => "changed";\n');
    expect(loadInFreshNode(dir)).toEqual({ codeCache: 'rejected', answer: 'changed' });
    writeFileSync(join(dir, CACHE_FILE), 'not a code cache');
    expect(loadInFreshNode(dir)).toEqual({ codeCache: 'rejected', answer: 'changed' });
  });
});
