import { checkTemplate, elementsToAdd, templateElementText } from './template';

describe('template rules', () => {
  const ids = { name: 'n', add: 'a', row: (key: string, field: string) => `${key}-${field}` };
  const row = (key: string, elementId: string, more: object = {}) => ({
    key,
    elementId,
    name: elementId,
    ...more,
  });

  it('needs a name and at least one element', () => {
    expect(checkTemplate('TEST', { name: ' ', rows: [] }, ids)).toEqual({
      ok: false,
      errors: { n: 'Give the template a name.', a: 'Add at least one element.' },
    });
  });

  it('keeps only the ids of TEST elements', () => {
    expect(
      checkTemplate(
        'TEST',
        { name: ' Basics ', rows: [row('1', 'alkalinity', { amount: '3' })] },
        ids,
      ),
    ).toEqual({ ok: true, value: { name: 'Basics', elements: [{ elementId: 'alkalinity' }] } });
  });

  it('takes DOSE amounts as optional but checks the ones given', () => {
    const rows = [
      row('1', 'iodine', { amount: '2,5', unit: 'ml' }),
      row('2', 'magnesium', { amount: '', unit: 'ml' }),
    ];
    expect(checkTemplate('DOSE', { name: 'T', rows }, ids)).toEqual({
      ok: true,
      value: {
        name: 'T',
        elements: [{ elementId: 'iodine', amount: 2.5, unit: 'ml' }, { elementId: 'magnesium' }],
      },
    });
    expect(
      checkTemplate('DOSE', { name: 'T', rows: [row('1', 'iodine', { amount: '-1' })] }, ids),
    ).toEqual({ ok: false, errors: { '1-amount': 'The amount cannot be negative.' } });
  });

  it('needs an amount and days for PROGRAM elements', () => {
    expect(
      checkTemplate(
        'PROGRAM',
        { name: 'P', rows: [row('1', 'iodine', { amount: '', unit: 'ml', weekdays: [] })] },
        ids,
      ),
    ).toEqual({
      ok: false,
      errors: { '1-amount': 'Enter an amount.', '1-days': 'Pick at least one day.' },
    });
    expect(
      checkTemplate(
        'PROGRAM',
        { name: 'P', rows: [row('1', 'iodine', { amount: '2', unit: 'g', weekdays: [4, 1] })] },
        ids,
      ),
    ).toEqual({
      ok: true,
      value: {
        name: 'P',
        elements: [{ elementId: 'iodine', amount: 2, unit: 'g', weekdays: [1, 4] }],
      },
    });
  });

  it('adds only the elements the form lacks', () => {
    const template = { elements: [{ elementId: 'a' }, { elementId: 'b' }, { elementId: 'c' }] };
    expect(elementsToAdd(template, ['b'])).toEqual({
      elements: [{ elementId: 'a' }, { elementId: 'c' }],
      skipped: 1,
    });
  });

  it('says an element in words', () => {
    const lookup = new Map();
    expect(templateElementText({ elementId: 'iodine' }, lookup)).toBe('Iodine');
    expect(
      templateElementText({ elementId: 'iodine', amount: 2, unit: 'ml', weekdays: [1, 4] }, lookup),
    ).toBe('Iodine: 2 ml on Mon, Thu');
  });
});
