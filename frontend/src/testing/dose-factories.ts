import type { DoseEntry } from '../app/features/doses/services/dose-day';

export function doseEntryFactory(overrides: Partial<DoseEntry> = {}): DoseEntry {
  const elementId = overrides.elementId ?? 'calcium';
  return {
    entryId: `manual#${elementId}`,
    elementId,
    amount: 10,
    unit: 'ml',
    source: 'MANUAL',
    recordedAt: '2026-03-04T08:00:00Z',
    ...overrides,
  };
}
