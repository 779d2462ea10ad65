import type { EntryTemplate } from '../app/features/templates/services/template';

/** An entry template of tank-1 (DOSE: iodine with a usual 2 ml, magnesium without). */
export const templateFactory = (overrides: Partial<EntryTemplate> = {}): EntryTemplate => ({
  templateId: 'tpl-1',
  tankId: 'tank-1',
  type: 'DOSE',
  name: 'Weekly trace',
  elements: [{ elementId: 'iodine', amount: 2, unit: 'ml' }, { elementId: 'magnesium' }],
  createdAt: '2026-03-01T10:00:00Z',
  updatedAt: '2026-03-02T10:00:00Z',
  ...overrides,
});
