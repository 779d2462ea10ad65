import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildInfo } from '../shared/build-info';

/** The repository root, from `src/local` or `dist/local`. */
export const REPOSITORY_ROOT = join(__dirname, '..', '..', '..');

function gitCommit(): string {
  const git = spawnSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: REPOSITORY_ROOT, encoding: 'utf8' });
  return git.status === 0 ? git.stdout.trim() : (process.env.GITHUB_SHA?.slice(0, 12) ?? 'unknown');
}

/**
 * The build metadata of this checkout: the root package version, the commit, when `builtFrom` was
 * compiled (now when it does not exist) and the target environment.
 */
export function collectBuildMetadata(environment: string, builtFrom?: string): BuildInfo {
  const pkg = JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'package.json'), 'utf8')) as { version?: string };
  const builtAt = builtFrom && existsSync(builtFrom) ? statSync(builtFrom).mtime : new Date();
  return { version: pkg.version ?? 'unknown', commit: gitCommit(), builtAt: builtAt.toISOString(), environment };
}

/** The changelog of this checkout, for the bundler to embed. */
export function changelogText(): string {
  const file = join(REPOSITORY_ROOT, 'CHANGELOG.md');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}
