import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';
import { readStackOutputs, type StackOutputs } from './stack-outputs';

export interface BuiltFile {
  readonly path: string;
  readonly content: string;
}

/** Any execute-api URL on a `dev` stage: the shape of the dev REST and WebSocket endpoints. */
const DEV_STAGE_URL = /execute-api\.[a-z0-9-]+\.amazonaws\.com\/dev\b/;

/**
 * Everything in a built prod UI that points at dev: dev's API and WebSocket URLs, its user pool and client,
 * its domain, or any URL on a `dev` stage. One line per finding; empty means the build is clean. Without dev
 * outputs (dev not deployed yet, e.g. prod first) the domain and dev-stage checks still run.
 */
export function devTraces(files: readonly BuiltFile[], dev: StackOutputs | undefined): string[] {
  const needles = [...(dev ? [dev.restApiUrl, dev.websocketUrl, dev.userPoolId, dev.userPoolClientId] : []), 'dev.reefamatic.com'];
  return files.flatMap((file) => [
    ...needles.filter((needle) => file.content.includes(needle)).map((needle) => `${file.path}: contains ${needle}`),
    ...(DEV_STAGE_URL.test(file.content) ? [`${file.path}: contains a URL on a dev stage`] : []),
  ]);
}

function textFiles(dir: string): BuiltFile[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return textFiles(full);
    return /\.(html|js|mjs|css|json|txt|map)$/.test(entry) ? [{ path: full, content: readFileSync(full, 'utf8') }] : [];
  });
}

/** Dev's outputs, or undefined when the file is missing or empty (the dev stack does not exist yet). */
function devOutputsIfAny(file: string | undefined): StackOutputs | undefined {
  if (!file || !existsSync(file) || readFileSync(file, 'utf8').trim() === '') {
    console.warn('::warning::no dev stack outputs: checking the prod UI for the dev domain and dev-stage URLs only');
    return undefined;
  }
  return readStackOutputs(file);
}

// Usage: node -r esbuild-register infra/deploy/prod-guard.ts <built-ui-dir> [dev-stack-outputs.json]
if (require.main === module) {
  const [uiDir, devOutputsFile] = process.argv.slice(2);
  const findings = devTraces(textFiles(uiDir), devOutputsIfAny(devOutputsFile));
  for (const finding of findings) console.error(`::error::prod UI points at dev: ${finding}`);
  process.exitCode = findings.length > 0 ? 1 : 0;
}
