import type { DosingProgram } from '../app/features/programs/services/program';

export function programFactory(overrides: Partial<DosingProgram> = {}): DosingProgram {
  return {
    programId: 'program-1',
    tankId: 'tank-1',
    name: 'Daily balling',
    status: 'active',
    startDate: '2026-02-01',
    elements: [
      { elementId: 'calcium', amount: 20, unit: 'ml', weekdays: [0, 1, 2, 3, 4, 5, 6] },
      { elementId: 'iodine', amount: 2, unit: 'ml', weekdays: [1, 4] },
    ],
    createdAt: '2026-02-01T09:00:00Z',
    updatedAt: '2026-02-01T09:00:00Z',
    ...overrides,
  };
}
