import { access, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CANON_FILE, REFERENCE_RANGES_FILE, RawSeedFile, SEED_FOLDERS, parseSeedFiles } from './seed-file-names';
import { SeedFormatError } from './seed-errors';
import { SeedFiles } from './seed-types';

async function readJson(seedsDir: string, path: string): Promise<RawSeedFile> {
  const content = await readFile(join(seedsDir, path), 'utf8');
  try {
    return { path, json: JSON.parse(content) as unknown };
  } catch (error) {
    throw new SeedFormatError(path, `not valid JSON (${(error as Error).message})`);
  }
}

/**
 * Reads and checks every seed file below `seedsDir`: canon.json, reference-ranges.json and each JSON file of the
 * test-elements, dose-elements and element-corrections folders (in name order).
 *
 * @example const seeds = await loadSeedFiles('/work/main/seeds'); seeds.testPanels.map((p) => p.panel)
 */
export async function loadSeedFiles(seedsDir: string): Promise<SeedFiles> {
  const paths = [CANON_FILE];
  // The reference ranges are optional: without them only the method's own ranges apply.
  if (
    await access(join(seedsDir, REFERENCE_RANGES_FILE)).then(
      () => true,
      () => false,
    )
  )
    paths.push(REFERENCE_RANGES_FILE);
  for (const folder of SEED_FOLDERS) {
    const names = (await readdir(join(seedsDir, folder))).filter((n) => n.endsWith('.json')).sort();
    paths.push(...names.map((n) => `${folder}/${n}`));
  }
  return parseSeedFiles(await Promise.all(paths.map((p) => readJson(seedsDir, p))));
}
