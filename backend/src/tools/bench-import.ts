import { MAX_IMPORT_TESTS } from '../domain/imports';
import { withBenchKeeper } from './bench-extraction';

const ELEMENTS = ['Calcium (mg/l)', 'Magnesium (mg/l)', 'KH (dKH)', 'Nitrat (mg/l)', 'PO4 (mg/l)'];

/** A portal-style wide CSV: `days` test days of five readings, in the given year (each run its own, so none repeats). */
function portalCsv(year: number, days: number): string {
  const lines = Array.from({ length: days }, (_, i) => {
    const date = new Date(Date.UTC(year, 0, 1 + i * 3));
    const day = `${String(date.getUTCDate()).padStart(2, '0')}.${String(date.getUTCMonth() + 1).padStart(2, '0')}.${year}`;
    return [
      day,
      410 + (i % 30),
      1300 + (i % 80),
      (7.5 + (i % 10) / 10).toFixed(1).replace('.', ','),
      (2 + (i % 5)).toString(),
      '0,04',
    ].join(';');
  });
  return [['Datum', ...ELEMENTS].join(';'), ...lines].join('\n');
}

export interface ImportTimings {
  readonly previewMs: number[];
  readonly saveMs: number[];
  readonly tests: number;
  readonly readings: number;
}

/** Preview, then save, of the largest file one import takes, on the local runtime (a fresh year per run). */
export function csvImportMs(runs: number, dynamoEndpoint: string): Promise<ImportTimings> {
  return withBenchKeeper(dynamoEndpoint, 'benchimport', async (keeper) => {
    const previewMs: number[] = [];
    const saveMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const csv = portalCsv(2000 + i, MAX_IMPORT_TESTS);
      let t0 = performance.now();
      const preview = await keeper.post('/api/test/import/preview', { tankId: keeper.tankId, csv });
      previewMs.push(performance.now() - t0);
      if ((preview.summary as { tests?: number } | undefined)?.tests !== MAX_IMPORT_TESTS)
        throw new Error(`the preview planned ${JSON.stringify(preview.summary)}`);
      t0 = performance.now();
      const saved = await keeper.post('/api/test/import/save', { tankId: keeper.tankId, csv });
      saveMs.push(performance.now() - t0);
      if ((saved.saved as unknown[] | undefined)?.length !== MAX_IMPORT_TESTS)
        throw new Error(`the save answered ${JSON.stringify(saved).slice(0, 300)}`);
    }
    return { previewMs, saveMs, tests: MAX_IMPORT_TESTS, readings: MAX_IMPORT_TESTS * ELEMENTS.length };
  });
}
