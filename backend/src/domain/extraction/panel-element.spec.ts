import { defaultCanon } from '../canon';
import type { PrintedRow } from './element-rows';
import { anExtractedElement } from './extraction.factory';
import { toExtractedElement } from './panel-element';

const canon = defaultCanon();
const aRow = (overrides: Partial<PrintedRow> = {}): PrintedRow => ({
  name: 'Kupfer',
  printed: '1,2',
  reading: { value: 1.2, nonDetect: false },
  unit: 'µg/l',
  ...overrides,
});

describe('toExtractedElement', () => {
  it('takes ids, category and display name from the panel row', () => {
    expect(toExtractedElement(aRow({ range: { low: 0.5, high: 3 } }), 'OCEAMO', false, canon)).toEqual(
      anExtractedElement({ referenceRange: { low: 0.5, high: 3 } }),
    );
  });

  it('maps a row under an Osmose heading to the RO row', () => {
    const sut = toExtractedElement(aRow(), 'FAUNA_MARIN', true, canon);
    expect(sut).toMatchObject({ elementId: 'copper-ro', source: 'rodi', category: 'osmose', displayName: 'Copper (RO)' });
  });

  it('maps a row that carries its own RO mark to the RO row wherever it stands', () => {
    expect(toExtractedElement(aRow({ name: 'Kupfer (Osmose)' }), 'OCEAMO', false, canon)?.elementId).toBe('copper-ro');
  });

  it('converts a value printed in another unit, with its band and detection limit, to the panel unit', () => {
    const row = aRow({
      name: 'Jod',
      printed: '< 0,005',
      reading: { value: null, nonDetect: true, detectionLimit: 0.005 },
      unit: 'mg/l',
      range: { low: 0.05, high: 0.08 },
    });
    expect(toExtractedElement(row, 'FAUNA_MARIN', false, canon)).toMatchObject({
      value: null,
      unit: 'µg/l',
      detectionLimit: 5,
      referenceRange: { low: 50, high: 80 },
    });
  });

  it('expresses phosphorus printed as µg/l P as the phosphate the panel reports', () => {
    const row = aRow({ name: 'Phosphat', printed: '30', reading: { value: 30, nonDetect: false }, unit: 'µg/l P' });
    expect(toExtractedElement(row, 'ATI', false, canon)).toMatchObject({ elementId: 'phosphate', value: 0.09198, unit: 'mg/l' });
  });

  it.each([
    ['an element the panel does not list', aRow({ name: 'Quecksilber' }), false],
    ['an RO row the panel has no RO row for', aRow({ name: 'Brom' }), true],
    ['a unit that cannot become the panel unit', aRow({ unit: 'mg/l CaCO3' }), false],
  ])('maps nothing for %s', (_, row, rodi) => {
    expect(toExtractedElement(row, 'OCEAMO', rodi, canon)).toBeUndefined();
  });
});
