import { REFERENCE_TABLES, bundledSeedFiles, planSeedChanges, toRows } from '../domain/reference';
import { ReferenceRowRepository } from '../modules/reference/reference-row.repository';
import { logger } from '../shared/observability';

const rows = new ReferenceRowRepository();

export interface SeedLoadResult {
  readonly written: number;
  readonly retired: number;
  readonly unchanged: number;
}

/**
 * Brings the reference tables in line with the seeds bundled into this artifact: new and changed
 * rows are written, rows no longer seeded are retired, and an unchanged re-run writes nothing.
 */
export async function handler(): Promise<SeedLoadResult> {
  const desired = toRows(bundledSeedFiles());
  const existing = (await Promise.all(REFERENCE_TABLES.map((t) => rows.all(t)))).flat();
  const plan = planSeedChanges(desired, existing);
  await rows.putAll([...plan.puts, ...plan.retirements]);
  const result = { written: plan.puts.length, retired: plan.retirements.length, unchanged: plan.unchanged.length };
  logger.info('Reference data loaded', { ...result });
  return result;
}
