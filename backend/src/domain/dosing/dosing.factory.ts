import type { DoseEntry } from './dose-entry';
import type { DosingProgram, ProgramElement, ProgramInput } from './program';

export const RECORDED_AT = '2025-03-10T12:00:00.000Z';

export function element(overrides: Partial<ProgramElement> = {}): ProgramElement {
  return { elementId: 'iodine', amount: 2, unit: 'ml', weekdays: [1, 3, 5], ...overrides };
}

export function programInput(overrides: Partial<ProgramInput> = {}): ProgramInput {
  return { name: 'Trace elements', status: 'active', startDate: '2025-03-01', elements: [element()], ...overrides };
}

export function program(overrides: Partial<DosingProgram> = {}): DosingProgram {
  return {
    ...programInput(),
    programId: 'p-1',
    userId: 'u-1',
    tankId: 't-1',
    createdAt: '2025-03-01T08:00:00.000Z',
    updatedAt: '2025-03-01T08:00:00.000Z',
    ...overrides,
  };
}

export function entry(overrides: Partial<DoseEntry> = {}): DoseEntry {
  return { entryId: 'manual#iodine', elementId: 'iodine', amount: 2, unit: 'ml', source: 'MANUAL', recordedAt: RECORDED_AT, ...overrides };
}

export const entriesOf = (...entries: DoseEntry[]): Record<string, DoseEntry> => Object.fromEntries(entries.map((e) => [e.entryId, e]));
