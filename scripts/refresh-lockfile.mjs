#!/usr/bin/env node
// `npm run lockfile`: rebuilds package-lock.json from the package.json files alone, so it records every
// platform's optional binaries (esbuild, SWC, lmdb, …) and `npm ci` accepts it on any machine.
//
// Why: a lock that npm updates inside an existing node_modules records only the binaries this machine
// installed, and `npm ci` elsewhere then refuses it ("Missing: @swc/core-darwin-arm64 from lock file").
// Resolving in an empty folder avoids that. Versions stay within the ranges in package.json; exact pins
// (Angular, TypeScript, jest, …) stay exact. `--check` only verifies the committed lock.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const checkOnly = process.argv.includes('--check');

function run(args, cwd, { quiet = false } = {}) {
  // The dry run lists every package it would add; only its refusal (on stderr) is worth reading.
  const result = spawnSync(npm, args, { cwd, stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'] });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** A folder with the root and workspace package.json files (and the lock, when checking) and nothing else. */
function scratchCopy(withLock) {
  const scratch = mkdtempSync(join(tmpdir(), 'ram-lockfile-'));
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const file of ['package.json', ...manifest.workspaces.map((w) => join(w, 'package.json'))]) {
    mkdirSync(dirname(join(scratch, file)), { recursive: true });
    copyFileSync(join(root, file), join(scratch, file));
  }
  if (withLock && existsSync(join(root, 'package-lock.json')))
    copyFileSync(join(root, 'package-lock.json'), join(scratch, 'package-lock.json'));
  return scratch;
}

if (!checkOnly) {
  const scratch = scratchCopy(false);
  try {
    process.stdout.write('Resolving the dependency tree in an empty folder…\n');
    run(['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund'], scratch);
    copyFileSync(join(scratch, 'package-lock.json'), join(root, 'package-lock.json'));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// What CI does on a clean clone, without installing anything: npm ci refuses a lock that is out of step.
const scratch = scratchCopy(true);
try {
  run(['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund'], scratch, { quiet: true });
  process.stdout.write(`package-lock.json ${checkOnly ? 'is' : 'was rebuilt and is'} complete: npm ci accepts it.\n`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
