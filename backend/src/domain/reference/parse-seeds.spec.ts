import { parseCorrectionSeed, parseDoseCatalog, parseTestPanel } from './parse-seeds';
import { SeedFormatError } from './seed-errors';
import { aCorrectionElement, aCorrectionSeed, aDoseCatalog, aDoseProduct, aTestElement, aTestPanel } from './seed.factory';

// Seeds arrive as JSON; a round trip through text is what the loader sees.
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('parseTestPanel', () => {
  const sut = parseTestPanel;

  it('types a valid panel file as written', () => {
    const panel = aTestPanel();

    expect(sut(asJson(panel), 'OCEAMO.json')).toEqual(panel);
  });

  it('keeps optional species and alternate units', () => {
    const row = aTestElement({ elementId: 'phosphate', reportedAs: 'PO4', alternateUnits: ['µg/l P'] });

    expect(sut(asJson(aTestPanel({ elements: [row] })), 'x').elements[0]).toMatchObject({
      reportedAs: 'PO4',
      alternateUnits: ['µg/l P'],
    });
  });

  it('says where a field is wrong', () => {
    const json = asJson(aTestPanel({ elements: [aTestElement({ category: 'metal' as never })] }));

    expect(() => sut(json, 'OCEAMO.json')).toThrow(SeedFormatError);
    expect(() => sut(json, 'OCEAMO.json')).toThrow(/OCEAMO.json.elements\[0\].category: expected one of major/);
  });

  it('rejects an element id that is not a kebab-case slug', () => {
    const json = asJson(aTestPanel({ elements: [aTestElement({ elementId: 'Copper RO' })] }));

    expect(() => sut(json, 'x')).toThrow(/elementId: "Copper RO" does not match/);
  });

  it('rejects a panel name that is not an upper-case key', () => {
    expect(() => sut(asJson(aTestPanel({ panel: 'Oceamo' })), 'x')).toThrow(/x.panel/);
  });

  it('rejects an element id used twice', () => {
    const json = asJson(aTestPanel({ elements: [aTestElement(), aTestElement()] }));

    expect(() => sut(json, 'x')).toThrow(/elementId "bromine" appears twice/);
  });

  it('rejects a section heading mapped to an unknown category', () => {
    expect(() => sut({ ...(asJson(aTestPanel()) as object), sections: { Spuren: 'tiny' } }, 'x')).toThrow(/x.sections.Spuren/);
  });

  it('rejects a file that is not an object', () => {
    expect(() => sut([], 'x')).toThrow(new SeedFormatError('x', 'expected an object'));
  });
});

describe('parseDoseCatalog', () => {
  const sut = parseDoseCatalog;

  it('types a catalog with and without published strengths', () => {
    const catalog = aDoseCatalog({
      products: [aDoseProduct(), aDoseProduct({ elementId: 'iodine', canonical: 'Iodine', strength: undefined })],
    });

    expect(sut(asJson(catalog), 'CUSTOM.json')).toEqual(catalog);
  });

  it('rejects a strength without a number', () => {
    const json = asJson(aDoseCatalog({ products: [aDoseProduct({ strength: { element: 'Calcium' } as never })] }));

    expect(() => sut(json, 'x')).toThrow(/x.products\[0\].strength.amountPer1mlPer100L: expected a finite number/);
  });
});

describe('parseCorrectionSeed', () => {
  const sut = parseCorrectionSeed;

  it('types a correction file with its hazardous fallbacks', () => {
    const seed = aCorrectionSeed({
      hazardousFallbacks: [{ elementId: 'copper', canonical: 'Copper', unit: 'µg/l', upper: 5, comment: 'Too much.' }],
    });

    expect(sut(asJson(seed), 'MOONSHINERS.json')).toEqual(seed);
  });

  it('accepts a watched-only row without dosing figures', () => {
    const row = aCorrectionElement({
      elementId: 'lead',
      target: undefined,
      range: undefined,
      maxChangePerDay: undefined,
      productConcentration: undefined,
      stock: undefined,
      neverCorrect: true,
    });

    expect(sut(asJson(aCorrectionSeed({ elements: [row] })), 'x').elements[0].neverCorrect).toBe(true);
  });

  it('demands every dosing figure of a correctable row', () => {
    const row = aCorrectionElement({ maxChangePerDay: undefined, stock: undefined });

    expect(() => sut(asJson(aCorrectionSeed({ elements: [row] })), 'x')).toThrow(/a correctable element needs maxChangePerDay, stock/);
  });

  it('rejects a range whose low end is above its high end', () => {
    const row = aCorrectionElement({ range: { low: 2, high: 1 } });

    expect(() => sut(asJson(aCorrectionSeed({ elements: [row] })), 'x')).toThrow(/low 2 is above high 1/);
  });
});
