import { bundledSeedFiles } from '../reference/bundled-seeds';
import { createCanon } from './canon';
import { elementMassFraction, molarMass } from './molar-mass';
import { normaliseElementName } from './normalise-element-name';

// Checks the real seed files against each other and against chemistry; every table row is one case.
const seeds = bundledSeedFiles();
const sut = createCanon(seeds.canon, seeds.testPanels);
const panelRows = seeds.testPanels.flatMap((p) => p.elements.map((row) => ({ panel: p.panel, row })));
const aliasCases = panelRows.flatMap(({ panel, row }) => row.aliases.map((alias) => ({ panel, row, alias })));
const products = seeds.doseCatalogs.flatMap((c) => c.products.map((product) => ({ method: c.method, product })));
const corrections = seeds.corrections.flatMap((c) => c.elements.map((row) => ({ method: c.method, row })));
const correctionOf = (elementId: string) => corrections.find((c) => c.row.elementId === elementId)?.row;

describe('test panels', () => {
  it.each(aliasCases.map((c) => [c.panel, c.alias, c.row.canonical, c]))(
    '%s prints "%s" for %s and the name resolves to that row alone',
    (panel, alias, canonical, { row }) => {
      expect(sut.canonicalFor(alias, panel)).toBe(canonical);
      expect(sut.canonicalFor(alias)).toBe(canonical);
      expect(sut.panelElementFor(alias, panel)).toBe(row);
    },
  );

  it.each(seeds.testPanels.map((p) => [p.panel, p]))('%s repeats no normalised alias or name', (_, panel) => {
    const aliases = panel.elements.flatMap((e) => e.aliases.map(normaliseElementName));
    const names = panel.elements.map((e) => normaliseElementName(e.name));
    expect(new Set(aliases).size).toBe(aliases.length);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(panelRows.map((c) => [c.panel, c.row.name, c]))('%s resolves its own name "%s"', (panel, name, { row }) => {
    expect(sut.panelElementFor(name, panel)).toBe(row);
  });

  it.each(seeds.testPanels.flatMap((p) => Object.keys(p.sections).map((s) => [p.panel, s])))(
    '%s section heading "%s" is a category, never an element',
    (panel, heading) => {
      expect(sut.canonicalFor(heading, panel)).toBeUndefined();
    },
  );

  it.each(panelRows.filter((c) => c.row.source === 'rodi').map((c) => [c.panel, c.row.elementId, c]))(
    '%s keeps RO/DI row %s in the osmose category and out of the required panel',
    (_, __, { row }) => {
      expect(row.category).toBe('osmose');
      expect(row.validationRequired).toBe(false);
    },
  );

  it('gives RO/DI rows to every lab panel (all four analyse osmosis water), and none to manual tests', () => {
    const withRodi = seeds.testPanels.filter((p) => p.elements.some((e) => e.source === 'rodi')).map((p) => p.panel);
    expect(withRodi.sort()).toEqual(['ATI', 'FAUNA_MARIN', 'OCEAMO', 'TRITON']);
  });

  it.each(panelRows.filter((c) => c.row.reportedAs).map((c) => [c.panel, c.row.elementId, c]))(
    '%s %s is reported as a species of its own element',
    (_, __, { row }) => {
      const speciesElement = (formula?: string) => seeds.canon.species.find((s) => s.formula === formula)?.element;
      const ownElement = speciesElement(sut.groupOf(row.canonical)?.symbol);
      expect(ownElement).toBeDefined();
      expect(speciesElement(row.reportedAs)).toBe(ownElement);
    },
  );

  it.each(panelRows.flatMap(({ panel, row }) => (row.alternateUnits ?? []).map((unit) => [panel, row.elementId, unit, row] as const)))(
    '%s %s converts from %s to its own unit',
    (_, __, unit, row) => {
      const own = row.reportedAs ? `${row.unit} ${row.reportedAs}` : row.unit;
      expect(Number.isFinite(sut.convert(1, unit, own, row.canonical))).toBe(true);
    },
  );
});

describe('dose catalogs', () => {
  it.each(products.map((p) => [p.method, p.product.elementId, p.product.canonical]))(
    '%s %s raises %s, a known canonical group',
    (_, __, canonical) => {
      expect(sut.groupOf(canonical)?.canonical).toBe(canonical);
    },
  );

  it.each(products.filter((p) => p.product.strength).map((p) => [p.method, p.product.elementId, p.product]))(
    '%s %s states its strength for its own group in a unit RaM converts',
    (_, __, product) => {
      const { element, unit } = product.strength!;
      expect(sut.groupOf(element)?.canonical).toBe(product.canonical);
      expect(sut.convert(1, unit, unit, element)).toBe(1);
    },
  );

  it.each(
    products
      .filter((p) => p.method === 'CUSTOM' && correctionOf(p.product.elementId)?.productConcentration)
      .map((p) => [p.product.elementId, p.product]),
  )('CUSTOM %s strength matches the default correction stock', (elementId, product) => {
    const row = correctionOf(elementId)!;
    const raisePerMl = sut.convert(row.productConcentration! / 100, 'mg/l', row.unit, row.canonical);
    expect(product.strength!.amountPer1mlPer100L).toBeCloseTo(raisePerMl, 3);
  });
  it('CUSTOM alkalinity strength is what 82 g of sodium bicarbonate per litre gives', () => {
    const alkalinity = products.find((p) => p.method === 'CUSTOM' && p.product.elementId === 'alkalinity')!.product;
    const meqPerMl = 82 / molarMass('NaHCO3');
    expect(alkalinity.source).toContain('82 g NaHCO3 per litre');
    expect(alkalinity.strength!.amountPer1mlPer100L).toBeCloseTo(sut.convert(meqPerMl / 100, 'meq/l', 'dKH'), 4);
  });
});

describe('element corrections', () => {
  const tankRows = panelRows.filter((c) => c.row.source === 'tank').map((c) => c.row);

  it.each(corrections.map((c) => [c.method, c.row.elementId, c.row]))(
    '%s %s is an element some panel tests, with the same canonical name',
    (_, elementId, row) => {
      expect(tankRows.find((r) => r.elementId === elementId)?.canonical).toBe(row.canonical);
    },
  );

  it.each(corrections.filter((c) => c.row.stock).map((c) => [c.row.elementId, c.row]))(
    '%s stock recipe carries the stated product concentration',
    (_, row) => {
      const symbol = sut.groupOf(row.canonical)!.symbol!;
      const mgPerMl = row.stock!.salts.reduce((sum, s) => sum + s.gramsPerLitre * elementMassFraction(s.formula, symbol), 0);
      expect(mgPerMl / row.productConcentration!).toBeCloseTo(1, 2);
    },
  );

  it.each(corrections.filter((c) => c.row.target !== undefined).map((c) => [c.row.elementId, c.row]))(
    '%s target sits inside its range',
    (_, row) => {
      expect(row.target).toBeGreaterThanOrEqual(row.range!.low);
      expect(row.target).toBeLessThanOrEqual(row.range!.high);
    },
  );

  it.each(seeds.corrections.map((c) => [c.method, c]))('%s states its caps in mg/l per day and its products in mg per ml', (_, seed) => {
    expect(seed.maxChangePerDayUnit).toBe('mg/l');
    expect(seed.productConcentrationUnit).toBe('mg/ml');
  });

  it.each(corrections.filter((c) => c.row.maxChangePerDay !== undefined).map((c) => [c.row.elementId, c.row]))(
    '%s daily cap (mg/l) is smaller than the width of its target range',
    (_, row) => {
      const width = sut.convert(row.range!.high - row.range!.low, row.unit, 'mg/l', row.canonical);
      expect(row.maxChangePerDay).toBeGreaterThan(0);
      expect(row.maxChangePerDay).toBeLessThan(width);
    },
  );

  it('never corrects a pollutant or a nutrient', () => {
    const dosed = corrections.filter((c) => !c.row.neverCorrect).map((c) => c.row.category);
    expect(dosed).not.toContain('pollutant');
    expect(dosed).not.toContain('nutrient');
  });

  it.each(seeds.corrections.flatMap((c) => c.hazardousFallbacks.map((h) => [c.method, h.elementId, h] as const)))(
    '%s hazardous fallback for %s belongs to a correction row in the same unit, above its range',
    (_, elementId, hazard) => {
      const row = correctionOf(elementId);
      expect(row?.unit).toBe(hazard.unit);
      expect(hazard.upper).toBeGreaterThan(row?.range?.high ?? 0);
    },
  );

  it('sizes the fluoride example at about 15.9 ml a day for 2 days', () => {
    const fluoride = correctionOf('fluoride')!;
    const litres = 283.9;
    const rise = fluoride.target! - 1.388;
    const days = Math.ceil(rise / fluoride.maxChangePerDay! - 1e-9);
    const millilitres = (rise * litres) / fluoride.productConcentration!;
    expect(fluoride).toMatchObject({ target: 1.5, productConcentration: 1, maxChangePerDay: 0.1, unit: 'mg/l' });
    expect(days).toBe(2);
    expect(millilitres / days).toBeCloseTo(15.9, 1);
  });
});

describe('canon species and units', () => {
  it.each(seeds.canon.species.map((s) => [s.formula, s.factor, s.element]))('%s weighs %s times its %s', (formula, factor, element) => {
    expect(1 / elementMassFraction(formula, element)).toBeCloseTo(factor, 3);
  });
});
