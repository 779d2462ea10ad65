import { Injectable } from '@nestjs/common';
import { type LaterReading, isNewerTest, supersedingReading } from '../../../domain/corrections/supersession';
import { valueInUnit } from '../../targets/resolved-range';
import type { TestHeader } from '../test-history.types';
import { TestRowsRepository } from './test-rows.repository';

/** The reading a correction is superseded by, as the API shows it. */
export interface SupersedingReading {
  readonly testId: string;
  readonly kind: 'ICP' | 'MANUAL';
  readonly date: string;
  readonly value: number;
  readonly unit: string;
}

const asView = (r: LaterReading): SupersedingReading => ({ testId: r.testId, kind: r.kind, date: r.date, value: r.value, unit: r.unit });

/**
 * Finds, for corrections of one test, the newest later reading of each element (manual or ICP):
 * the tank's finished tests from the test's date on (through the tank index), then that element's
 * row in each, converted into the correction's unit.
 */
@Injectable()
export class LaterReadingsReader {
  constructor(private readonly rows: TestRowsRepository) {}

  /** @param units the unit of each corrected element, keyed by element id */
  async supersedingReadings(header: TestHeader, units: ReadonlyMap<string, string>): Promise<Map<string, SupersedingReading>> {
    if (units.size === 0) return new Map();
    const test = { testId: header.testId, date: header.testDate, createdAt: header.createdAt };
    const newer = (await this.rows.headersSince(header.userId, header.tankId, header.testDate))
      .filter((h) => h.status === 'DONE')
      .map((h) => ({
        testId: String(h.test_id),
        date: String(h.test_date),
        createdAt: String(h.created_at ?? ''),
        kind: h.kind === 'ICP' ? ('ICP' as const) : ('MANUAL' as const),
      }))
      .filter((h) => isNewerTest(h, test));
    if (newer.length === 0) return new Map();
    const found = new Map<string, SupersedingReading>();
    await Promise.all(
      [...units].map(async ([elementId, unit]) => {
        const rows = await this.rows.elementRows(
          newer.map((h) => h.testId),
          elementId,
        );
        const readings = newer.flatMap((h): LaterReading[] => {
          const row = rows.get(h.testId);
          if (!row || typeof row.value !== 'number' || row.status === 'RO' || row.status === 'MISSING') return [];
          const value = valueInUnit(row.value, String(row.unit), unit);
          return value === undefined ? [] : [{ ...h, value, unit }];
        });
        const newest = supersedingReading(test, readings);
        if (newest) found.set(elementId, asView(newest));
      }),
    );
    return found;
  }
}
