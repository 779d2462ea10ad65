import canon from '../../../../seeds/canon.json';
import customDoses from '../../../../seeds/dose-elements/CUSTOM.json';
import faunaMarinDoses from '../../../../seeds/dose-elements/FAUNA_MARIN.json';
import tritonDoses from '../../../../seeds/dose-elements/TRITON.json';
import moonshiners from '../../../../seeds/element-corrections/MOONSHINERS.json';
import ati from '../../../../seeds/test-elements/ATI.json';
import faunaMarinPanel from '../../../../seeds/test-elements/FAUNA_MARIN.json';
import manual from '../../../../seeds/test-elements/MANUAL.json';
import oceamo from '../../../../seeds/test-elements/OCEAMO.json';
import tritonPanel from '../../../../seeds/test-elements/TRITON.json';
import referenceRanges from '../../../../seeds/reference-ranges.json';
import { parseSeedFiles } from './seed-file-names';
import { SeedFiles } from './seed-types';

// Bundled into each function so Lambda needs no seeds folder on disk; a spec checks this list
// against the folder so a new seed file cannot be forgotten here.
const FILES = [
  { path: 'canon.json', json: canon },
  { path: 'reference-ranges.json', json: referenceRanges },
  { path: 'test-elements/ATI.json', json: ati },
  { path: 'test-elements/FAUNA_MARIN.json', json: faunaMarinPanel },
  { path: 'test-elements/MANUAL.json', json: manual },
  { path: 'test-elements/OCEAMO.json', json: oceamo },
  { path: 'test-elements/TRITON.json', json: tritonPanel },
  { path: 'dose-elements/CUSTOM.json', json: customDoses },
  { path: 'dose-elements/FAUNA_MARIN.json', json: faunaMarinDoses },
  { path: 'dose-elements/TRITON.json', json: tritonDoses },
  { path: 'element-corrections/MOONSHINERS.json', json: moonshiners },
];

let parsed: SeedFiles | undefined;

/**
 * The seed files compiled into the bundle, parsed and checked once per process.
 *
 * @example bundledSeedFiles().testPanels.find((p) => p.panel === 'OCEAMO')?.elements.length
 */
export function bundledSeedFiles(): SeedFiles {
  parsed ??= parseSeedFiles(FILES);
  return parsed;
}
