import { parseCanonData } from '../canon/canon-data';
import { NO_REFERENCE_RANGES, parseReferenceRanges } from './parse-reference-ranges';
import { parseCorrectionSeed, parseDoseCatalog, parseTestPanel } from './parse-seeds';
import { SeedFormatError } from './seed-errors';
import { SeedFiles } from './seed-types';

/** A seed file's path below the seeds folder and its parsed JSON content. */
export interface RawSeedFile {
  readonly path: string;
  readonly json: unknown;
}

export const CANON_FILE = 'canon.json';
export const REFERENCE_RANGES_FILE = 'reference-ranges.json';
export const SEED_FOLDERS = ['test-elements', 'dose-elements', 'element-corrections'] as const;

function named<T>(file: RawSeedFile, parsed: T, key: (t: T) => string): T {
  const expected = `${file.path
    .split('/')
    .pop()
    ?.replace(/\.json$/, '')}`;
  if (key(parsed) !== expected) {
    throw new SeedFormatError(file.path, `file name says ${expected} but the content says ${key(parsed)}`);
  }
  return parsed;
}

/**
 * Types a set of raw seed files (from disk or from the bundle), checking that each panel or method
 * file is named after the panel or method it holds.
 *
 * @example parseSeedFiles([{ path: 'canon.json', json }, { path: 'test-elements/ATI.json', json: ati }])
 */
export function parseSeedFiles(files: readonly RawSeedFile[]): SeedFiles {
  const inFolder = (folder: string) => files.filter((f) => f.path.startsWith(`${folder}/`));
  const canon = files.find((f) => f.path === CANON_FILE);
  if (!canon) throw new SeedFormatError(CANON_FILE, 'missing');
  const references = files.find((f) => f.path === REFERENCE_RANGES_FILE);
  return {
    canon: parseCanonData(canon.json, canon.path),
    referenceRanges: references ? parseReferenceRanges(references.json, references.path) : NO_REFERENCE_RANGES,
    testPanels: inFolder('test-elements').map((f) => named(f, parseTestPanel(f.json, f.path), (p) => p.panel)),
    doseCatalogs: inFolder('dose-elements').map((f) => named(f, parseDoseCatalog(f.json, f.path), (c) => c.method)),
    corrections: inFolder('element-corrections').map((f) => named(f, parseCorrectionSeed(f.json, f.path), (c) => c.method)),
  };
}
