import { aModelJson } from './extraction.factory';
import { ModelOutputError } from './extraction-errors';
import { defaultReference } from './lab-report-parser';
import { canonicaliseModelReport, parseModelReply } from './model-report';

const reply = (json: unknown) => `\`\`\`json\n${JSON.stringify(json)}\n\`\`\``;

describe('parseModelReply', () => {
  it('reads the JSON object inside a fenced answer, nulls as absent', () => {
    expect(parseModelReply(`Sure!\n${reply(aModelJson())}\nAnything else?`)).toEqual({
      analysisNumber: 'OC-25-04817',
      sampleDate: '2025-03-14',
      tank: { tankName: 'Riffbecken', volumeLitres: 450 },
      elements: [{ name: 'Kupfer', source: 'tank', value: 1.2, printed: '1,2', unit: 'µg/l', low: 0.5, high: 3 }],
    });
  });

  it('takes a row without source for a tank row and a null value for a non-detect', () => {
    const sut = parseModelReply(reply({ elements: [{ name: 'Zink', value: null, unit: 'µg/l' }] }));
    expect(sut.elements[0]).toEqual({ name: 'Zink', source: 'tank', value: null, printed: 'n.n.', unit: 'µg/l' });
  });

  it.each([
    ['prose without JSON', 'I could not read the report.'],
    ['broken JSON', '{"elements": [ {"name": "Kupfer", '],
    ['JSON without elements', '{"analysisNumber": "OC-1"}'],
    ['a value that is not a number', reply({ elements: [{ name: 'Kupfer', value: '1,2', unit: 'µg/l' }] })],
    ['a row without a unit', reply({ elements: [{ name: 'Kupfer', value: 1.2 }] })],
    ['an unknown source', reply({ elements: [{ name: 'Kupfer', value: 1.2, unit: 'µg/l', source: 'sump' }] })],
    ['a list instead of an object', '[1, 2, 3]'],
  ])('refuses %s with a typed error', (_, text) => {
    expect(() => parseModelReply(text)).toThrow(ModelOutputError);
  });
});

describe('canonicaliseModelReport', () => {
  const reference = defaultReference();

  it('maps rows through the same canon as the parsers, RO rows to the RO panel rows', () => {
    const model = parseModelReply(
      reply(aModelJson({ elements: [{ name: 'Kupfer', source: 'rodi', value: null, printed: 'n.n.', unit: 'µg/l' }] })),
    );
    expect(canonicaliseModelReport(model, 'OCEAMO', reference).elements).toEqual([
      expect.objectContaining({ elementId: 'copper-ro', displayName: 'Copper (RO)', value: null, nonDetect: true }),
    ]);
  });

  it('keeps rows the panel does not know aside', () => {
    const model = parseModelReply(reply({ elements: [{ name: 'Gold', value: 0.1, printed: '0,1', unit: 'µg/l' }] }));
    const sut = canonicaliseModelReport(model, 'OCEAMO', reference);
    expect(sut).toMatchObject({ elements: [], skippedRows: ['Gold 0,1 µg/l'] });
  });
});
