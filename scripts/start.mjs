#!/usr/bin/env node
// `npm start`: checks the machine, builds what is stale, then runs the whole product locally.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fail = (line) => {
  process.stderr.write(`${line}\n`);
  process.exit(1);
};

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) fail(`Node ${process.versions.node} is too old: Reef-A-Matic needs Node 20.19 or newer.`);

function hasJava() {
  const probe = spawnSync('java', ['-version'], { stdio: 'ignore' });
  return !probe.error && probe.status === 0;
}

if (!hasJava()) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    fail(
      'Java 17+ is needed for DynamoDB Local. Install it (Debian/Ubuntu: `sudo apt-get install -y openjdk-17-jre-headless`, macOS: `brew install openjdk@17`) and run `npm start` again.',
    );
  }
  process.stdout.write('Java is missing: installing openjdk-17-jre-headless with apt-get…\n');
  const update = spawnSync('apt-get', ['update'], { stdio: 'inherit' });
  const install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'openjdk-17-jre-headless'], { stdio: 'inherit' });
  if (update.status !== 0 || install.status !== 0 || !hasJava())
    fail('Installing Java failed; install openjdk-17-jre-headless yourself and run `npm start` again.');
}

function run(label, command, args, cwd = root) {
  process.stdout.write(`${label}…\n`);
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) fail(`${label} failed (see above).`);
}

/** Newest modification time below a folder (skipping build output). */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', 'dist', '.angular'].includes(entry.name)) continue;
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

run('Compiling the backend', process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'backend/tsconfig.build.json']);

const spaIndex = join(root, 'frontend/dist/frontend/browser/index.html');
const spaStale = !existsSync(spaIndex) || newest(join(root, 'frontend')) > statSync(spaIndex).mtimeMs;
if (spaStale && process.env.RAM_SKIP_SPA_BUILD !== 'true') {
  run(
    'Building the web app (first start takes about a minute)',
    process.execPath,
    [join(root, 'node_modules/@angular/cli/bin/ng.js'), 'build'],
    join(root, 'frontend'),
  );
}

const child = spawn(process.execPath, [join(root, 'backend/dist/local/main.js')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
});
// Ctrl-C reaches the runtime directly (same process group); it stops everything it started.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
