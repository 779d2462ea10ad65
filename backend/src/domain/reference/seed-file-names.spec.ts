import { parseSeedFiles } from './seed-file-names';
import { aCanonData, aCorrectionSeed, aDoseCatalog, aTestPanel } from './seed.factory';

describe('parseSeedFiles', () => {
  const sut = parseSeedFiles;
  const canon = { path: 'canon.json', json: aCanonData() };

  it('sorts files into panels, catalogs and corrections by folder', () => {
    const seeds = sut([
      canon,
      { path: 'test-elements/ATI.json', json: aTestPanel({ panel: 'ATI' }) },
      { path: 'dose-elements/CUSTOM.json', json: aDoseCatalog() },
      { path: 'element-corrections/MOONSHINERS.json', json: aCorrectionSeed() },
    ]);

    expect(seeds.testPanels.map((p) => p.panel)).toEqual(['ATI']);
    expect(seeds.doseCatalogs.map((c) => c.method)).toEqual(['CUSTOM']);
    expect(seeds.corrections.map((c) => c.method)).toEqual(['MOONSHINERS']);
    expect(seeds.canon.version).toBe(1);
  });

  it('rejects a file named after another panel than the one it holds', () => {
    const files = [canon, { path: 'test-elements/TRITON.json', json: aTestPanel({ panel: 'OCEAMO' }) }];

    expect(() => sut(files)).toThrow(/test-elements\/TRITON.json: file name says TRITON but the content says OCEAMO/);
  });

  it('needs canon.json', () => {
    expect(() => sut([])).toThrow(/canon.json: missing/);
  });
});
