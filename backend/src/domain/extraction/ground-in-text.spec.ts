import { anExtractedElement, anExtractedReport, anOceamoText } from './extraction.factory';
import { groundInText } from './ground-in-text';
import { defaultReference } from './lab-report-parser';

const reference = defaultReference();
const unknownLab = [
  'Nordsee Wasserlabor',
  'Report number: NS/2025/114\tIssued: 20 March 2025',
  'Sampling date: 14 March 2025',
  'Tank: Nano Reef\tVolume: 60 l',
  'Trace elements',
  'Copper\t1.2\tµg/l\t0.5 – 3',
  'RO water',
  'Copper\t0.3\tµg/l\t< 1',
].join('\n');

describe('groundInText', () => {
  it("replaces the model's analysis number, sample date and tank with what the text prints", () => {
    const model = anExtractedReport({
      analysisNumber: 'X-1',
      sampleDate: '2025-03-20',
      tankMeasurements: { tankName: 'Reef', volumeLitres: 600 },
    });
    expect(groundInText(model, anOceamoText(), reference)).toMatchObject({
      analysisNumber: 'OC-25-04817',
      sampleDate: '2025-03-14',
      tankMeasurements: { tankName: 'Riffbecken', volumeLitres: 450, salinityPpt: 35.2, alkalinityDkh: 7.8 },
    });
  });

  it('reads the metadata of a layout no parser knows with every lab’s labels', () => {
    const model = anExtractedReport({ lab: 'TRITON', analysisNumber: undefined, sampleDate: '2025-03-20', elements: [] });
    expect(groundInText(model, unknownLab, reference)).toMatchObject({ analysisNumber: 'NS/2025/114', sampleDate: '2025-03-14' });
  });

  it("keeps the model's metadata only where the text prints it and has no label for it", () => {
    const text = 'Nordsee Wasserlabor\nNS-77 vom 14.03.2025\nCopper\t1.2\tµg/l';
    const printed = groundInText(anExtractedReport({ analysisNumber: 'NS-77', sampleDate: '2025-03-14' }), text, reference);
    const invented = groundInText(anExtractedReport({ analysisNumber: 'NS-78', sampleDate: '2025-03-15' }), text, reference);
    expect([printed.analysisNumber, printed.sampleDate]).toEqual(['NS-77', '2025-03-14']);
    expect([invented.analysisNumber, invented.sampleDate]).toEqual([undefined, undefined]);
  });

  it("replaces the model's RO rows with the RO rows the text prints", () => {
    const modelRo = anExtractedElement({ elementId: 'copper-ro', source: 'rodi', displayName: 'Copper (RO)', value: 9, printed: '9' });
    const model = anExtractedReport({ lab: 'TRITON', elements: [anExtractedElement({ printed: '1.2', printedName: 'Copper' }), modelRo] });
    const sut = groundInText(model, unknownLab, reference);
    expect(sut.elements.map((e) => [e.elementId, e.value])).toEqual([
      ['copper', 1.2],
      ['copper-ro', 0.3],
    ]);
  });

  it('drops a model row whose value the text does not print', () => {
    const model = anExtractedReport({
      lab: 'TRITON',
      elements: [anExtractedElement({ printedName: 'Zinc', elementId: 'zinc', printed: '4.4' })],
    });
    const sut = groundInText(model, unknownLab, reference);
    expect(sut.elements.filter((e) => e.source === 'tank')).toEqual([]);
    expect(sut.skippedRows).toEqual(['Zinc 4.4 µg/l (not in the text)']);
  });
});
