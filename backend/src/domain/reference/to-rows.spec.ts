import { correctionRows, doseElementRows, testElementRows, toRows } from './to-rows';
import { aCorrectionElement, aCorrectionSeed, aDoseCatalog, aDoseProduct, aTestElement, aTestPanel, someSeedFiles } from './seed.factory';

describe('testElementRows', () => {
  const sut = testElementRows;

  it('maps a panel element to a test-element item in snake case', () => {
    const [row] = sut(aTestPanel({ version: 3, elements: [aTestElement()] }));

    expect(row.table).toBe('test-element');
    expect(row.item).toEqual({
      panel: 'OCEAMO',
      element_id: 'bromine',
      name: 'Bromine',
      canonical: 'Bromine',
      symbol: 'Br',
      aliases: ['Bromine', 'Brom', 'Br'],
      category: 'minor',
      unit: 'mg/l',
      source: 'tank',
      validation_required: true,
      display_order: 1,
      seed_version: 3,
      content_hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      retired: false,
    });
  });

  it('writes optional fields only when the seed has them', () => {
    const [row] = sut(aTestPanel({ elements: [aTestElement({ reportedAs: 'PO4', alternateUnits: ['µg/l P'] })] }));

    expect(row.item).toMatchObject({ reported_as: 'PO4', alternate_units: ['µg/l P'] });
    expect(Object.keys(sut(aTestPanel())[0].item)).not.toContain('reported_as');
  });

  it('hashes content only, so a new file version alone changes no hash', () => {
    const [before] = sut(aTestPanel({ version: 1 }));
    const [after] = sut(aTestPanel({ version: 2 }));

    expect(after.item.content_hash).toBe(before.item.content_hash);
    expect(after.item.seed_version).toBe(2);
  });

  it('changes the hash when the content changes', () => {
    const [before] = sut(aTestPanel({ elements: [aTestElement()] }));
    const [after] = sut(aTestPanel({ elements: [aTestElement({ validationRequired: false })] }));

    expect(after.item.content_hash).not.toBe(before.item.content_hash);
  });
});

describe('doseElementRows', () => {
  const sut = doseElementRows;

  it('maps a product to a dose-element item keyed by method', () => {
    const [row] = sut(aDoseCatalog({ method: 'FAUNA_MARIN' }));

    expect(row.table).toBe('dose-element');
    expect(row.item).toMatchObject({
      method: 'FAUNA_MARIN',
      element_id: 'calcium',
      canonical: 'Calcium',
      unit: 'ml',
      strength: { element: 'Calcium', amount_per_1ml_per_100l: 0.1963, unit: 'mg/l' },
    });
  });

  it('leaves strength out when none is published', () => {
    const [row] = sut(aDoseCatalog({ products: [aDoseProduct({ strength: undefined })] }));

    expect(row.item).not.toHaveProperty('strength');
  });
});

describe('correctionRows', () => {
  const sut = correctionRows;

  it('maps a correctable element with its stock recipe and product unit', () => {
    const [row] = sut(aCorrectionSeed());

    expect(row.table).toBe('element-correction');
    expect(row.item).toMatchObject({
      method: 'MOONSHINERS',
      element_id: 'fluoride',
      target: 1.5,
      range: { low: 1.3, high: 1.7 },
      max_change_per_day: 0.1,
      max_change_per_day_unit: 'mg/l',
      product_concentration: 1,
      product_concentration_unit: 'mg/ml',
      stock: { salts: [{ formula: 'NaF', grams_per_litre: 2.21 }] },
      never_correct: false,
    });
  });

  it("folds a hazardous fallback into its element's row", () => {
    const copper = aCorrectionElement({ elementId: 'copper', canonical: 'Copper', unit: 'µg/l' });
    const seed = aCorrectionSeed({
      elements: [aCorrectionElement(), copper],
      hazardousFallbacks: [{ elementId: 'copper', canonical: 'Copper', unit: 'µg/l', upper: 5, comment: 'Too much.' }],
    });

    const [fluoride, copperRow] = sut(seed);

    expect(copperRow.item).toMatchObject({ hazardous_upper: 5, hazardous_comment: 'Too much.' });
    expect(fluoride.item).not.toHaveProperty('hazardous_upper');
  });

  it('writes no dosing units for a row that is never corrected', () => {
    const lead = aCorrectionElement({
      elementId: 'lead',
      maxChangePerDay: undefined,
      productConcentration: undefined,
      stock: undefined,
      neverCorrect: true,
    });

    const [row] = sut(aCorrectionSeed({ elements: [lead] }));

    expect(row.item).not.toHaveProperty('product_concentration_unit');
    expect(row.item).not.toHaveProperty('max_change_per_day_unit');
  });
});

describe('toRows', () => {
  it('gives the rows of every panel, catalog and correction file', () => {
    const rows = toRows(someSeedFiles());

    expect(rows.map((r) => r.table)).toEqual(['test-element', 'test-element', 'test-element', 'dose-element', 'element-correction']);
  });
});
