import { TEST_ELEMENT_LIST } from '../../../../testing/element-lists';
import { doseCatalogueFrom, groupElements, testCatalogueFrom } from './element-catalogue';

const testAnswer = {
  ...TEST_ELEMENT_LIST,
  elements: [...TEST_ELEMENT_LIST.elements, { name: 'no id' }],
};

const doseAnswer = {
  tankId: 'tank-1',
  method: 'FAUNA_MARIN',
  elements: [
    {
      elementId: 'bl-ca',
      name: 'Balling Light Calcium',
      canonical: 'Calcium',
      unit: 'ml',
      strength: { amount_per_1ml_per_100l: 0.1963, unit: 'mg/l', element: 'Calcium' },
    },
    {
      elementId: 'bl-t1',
      name: 'Balling Light Trace 1',
      canonical: 'Trace Element Blend',
      unit: 'ml',
    },
    {
      elementId: 'iron',
      name: 'Iron',
      canonical: 'Iron',
      unit: 'ml',
      strength: { amountPer1mlPer100L: 10, unit: 'µg/l' },
    },
  ],
};

describe('testCatalogueFrom', () => {
  it('reads the tank’s test elements with their group, unit and where they are measured', () => {
    const catalogue = testCatalogueFrom(testAnswer);

    expect(catalogue.source).toBe('Hobby tests and the Oceamo ICP panel');
    expect(catalogue.elements).toHaveLength(6);
    expect(catalogue.elements[3]).toEqual({
      elementId: 'iodine',
      kind: 'test',
      name: 'Iodine',
      canonical: 'Iodine',
      unit: 'µg/l',
      symbol: 'I',
      group: 'Trace elements',
      detail: 'Oceamo ICP',
    });
    expect(catalogue.elements[0].detail).toBe('Hobby test');
  });
});

describe('doseCatalogueFrom', () => {
  it('groups dose products by what they dose and says how strong they are', () => {
    const catalogue = doseCatalogueFrom(doseAnswer);

    expect(catalogue.source).toBe('Fauna Marin Balling Light products');
    expect(catalogue.elements.map((element) => [element.group, element.detail])).toEqual([
      ['Base elements', '1 ml per 100 L adds 0.196 mg/l'],
      ['Trace blends', undefined],
      ['Single elements', '1 ml per 100 L adds 10 µg/l'],
    ]);
  });
});

describe('groupElements', () => {
  const elements = testCatalogueFrom(testAnswer).elements;
  const labels = (query?: string) =>
    groupElements(elements, query).map((group) => [
      group.label,
      group.elements.map((element) => element.name),
    ]);

  it('lists every group in the keeper’s order, basics first and pollutants last', () => {
    expect(labels()).toEqual([
      ['Basics', ['Alkalinity']],
      ['Major elements', ['Calcium', 'Magnesium']],
      ['Trace elements', ['Iodine', 'Manganese']],
      ['Pollutants', ['Tin']],
    ]);
  });

  it('finds elements by name, symbol or canonical name, ignoring case', () => {
    expect(labels('MAG')).toEqual([['Major elements', ['Magnesium']]]);
    expect(labels('kh')).toEqual([['Basics', ['Alkalinity']]]);
    expect(labels('mn')).toEqual([['Trace elements', ['Manganese']]]);
  });

  it('needs every word of the query to match and gives no groups when nothing does', () => {
    expect(labels('trace blend')).toEqual([]);
    expect(
      groupElements(doseCatalogueFrom(doseAnswer).elements, 'balling calcium')[0].elements[0]
        .elementId,
    ).toBe('bl-ca');
  });
});
