import type { TestElementRow } from './reference-catalog.repository';
import { selectableTestElements } from './test-catalogue';

const row = (overrides: Partial<TestElementRow>): TestElementRow => ({
  panel: 'MANUAL',
  elementId: 'x',
  name: 'X',
  canonical: 'X',
  category: 'major',
  unit: 'mg/l',
  source: 'tank',
  validationRequired: false,
  displayOrder: 0,
  ...overrides,
});

describe('selectableTestElements', () => {
  it('drops RO/RODI rows and keeps the first of each normalised name', () => {
    const sut = selectableTestElements([
      row({ elementId: 'calcium', canonical: 'Calcium' }),
      row({ panel: 'OCEAMO', elementId: 'calcium', canonical: 'calcium ' }),
      row({ panel: 'OCEAMO', elementId: 'copper', canonical: 'Copper' }),
      row({ panel: 'OCEAMO', elementId: 'copper-ro', canonical: 'Copper', source: 'rodi' }),
    ]);

    expect(sut.map((r) => `${r.panel}:${r.elementId}`)).toEqual(['MANUAL:calcium', 'OCEAMO:copper']);
  });
});
