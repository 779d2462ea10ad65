import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What was deployed: set by the bundler (`define`), or by the local runtime through the environment. */
export interface BuildInfo {
  readonly version: string;
  readonly commit: string;
  readonly builtAt: string;
  /** The environment the artifact was built for (empty when built for none: the runtime's is used). */
  readonly environment: string;
}

// Replaced by esbuild's `define` in deployed bundles (see tools/bundle.ts); absent when run from tsc output.
declare const __RAM_BUILD__: BuildInfo | undefined;
declare const __RAM_RELEASE_NOTES__: string | undefined;

/** The build metadata of this artifact; fields nobody injected read "unknown". */
export function buildInfo(env: NodeJS.ProcessEnv = process.env): BuildInfo {
  const injected = typeof __RAM_BUILD__ === 'undefined' ? undefined : __RAM_BUILD__;
  return {
    version: injected?.version || env.RAM_BUILD_VERSION || 'unknown',
    commit: injected?.commit || env.RAM_BUILD_COMMIT || 'unknown',
    builtAt: injected?.builtAt || env.RAM_BUILD_TIME || 'unknown',
    environment: injected?.environment || env.RAM_ENV || 'unknown',
  };
}

/**
 * The changelog text: bundled into deployed artifacts, read from the repository's CHANGELOG.md when
 * running from source or tsc output (both sit three folders below the repository root).
 */
export function releaseNotesText(): string {
  if (typeof __RAM_RELEASE_NOTES__ !== 'undefined' && __RAM_RELEASE_NOTES__) return __RAM_RELEASE_NOTES__;
  const file = join(__dirname, '..', '..', '..', 'CHANGELOG.md');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}
