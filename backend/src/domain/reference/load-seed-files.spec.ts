import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledSeedFiles } from './bundled-seeds';
import { loadSeedFiles } from './load-seed-files';
import { SeedFormatError } from './seed-errors';
import { aCanonData, aTestPanel } from './seed.factory';

const SEEDS_DIR = join(__dirname, '../../../../seeds');

describe('loadSeedFiles', () => {
  const sut = loadSeedFiles;
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ram-seeds-'));
    await Promise.all(['test-elements', 'dose-elements', 'element-corrections'].map((f) => mkdir(join(dir, f))));
    await writeFile(join(dir, 'canon.json'), JSON.stringify(aCanonData()));
  });

  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('reads the repository seeds exactly as the bundle carries them', async () => {
    await expect(sut(SEEDS_DIR)).resolves.toEqual(bundledSeedFiles());
  });

  it('reads every JSON file of a folder in name order and ignores other files', async () => {
    await writeFile(join(dir, 'test-elements/TRITON.json'), JSON.stringify(aTestPanel({ panel: 'TRITON' })));
    await writeFile(join(dir, 'test-elements/ATI.json'), JSON.stringify(aTestPanel({ panel: 'ATI' })));
    await writeFile(join(dir, 'test-elements/notes.md'), 'not a seed');

    const seeds = await sut(dir);

    expect(seeds.testPanels.map((p) => p.panel)).toEqual(['ATI', 'TRITON']);
  });

  it('names the file that is not valid JSON', async () => {
    await writeFile(join(dir, 'test-elements/ATI.json'), '{ "panel": ');

    await expect(sut(dir)).rejects.toThrow(SeedFormatError);
    await expect(sut(dir)).rejects.toThrow(/^test-elements\/ATI.json: not valid JSON/);
  });
});
