import { aRodiElement, aTestElement } from '../reference/seed.factory';
import { anExtractedElement, anExtractedReport } from './extraction.factory';
import { validateExtraction } from './validate-extraction';

const panel = [
  aTestElement({ elementId: 'copper' }),
  aTestElement({ elementId: 'lithium' }),
  aTestElement({ elementId: 'fluoride', validationRequired: false }),
  aRodiElement({ validationRequired: true }),
];

describe('validateExtraction', () => {
  it('lists the required tank elements the report lacks, and nothing optional or RO', () => {
    const sut = validateExtraction(anExtractedReport(), panel);
    expect(sut).toEqual({ ok: true, missing: [panel[1]] });
  });

  it('lists nothing when every required element is there', () => {
    const elements = [anExtractedElement(), anExtractedElement({ elementId: 'lithium', displayName: 'Lithium' })];
    expect(validateExtraction(anExtractedReport({ elements }), panel)).toEqual({ ok: true, missing: [] });
  });

  it('refuses a report without analysis number or sample date', () => {
    const sut = validateExtraction(anExtractedReport({ analysisNumber: undefined, sampleDate: undefined }), panel);
    expect(sut).toEqual({ ok: false, problems: [{ code: 'MISSING_ANALYSIS_NUMBER' }, { code: 'MISSING_SAMPLE_DATE' }] });
  });

  it('refuses a report with no elements at all rather than marking the whole panel missing', () => {
    expect(validateExtraction(anExtractedReport({ elements: [] }), panel)).toEqual({ ok: false, problems: [{ code: 'NO_ELEMENTS' }] });
  });

  it('names each element reported more than once, once', () => {
    const copper = anExtractedElement();
    const sut = validateExtraction(anExtractedReport({ elements: [copper, copper, copper] }), panel);
    expect(sut).toEqual({ ok: false, problems: [{ code: 'DUPLICATE_ELEMENT', elementId: 'copper', displayName: 'Copper' }] });
  });

  it('does not take a tank row and its RO row for a duplicate', () => {
    const elements = [anExtractedElement(), anExtractedElement({ elementId: 'copper-ro', source: 'rodi', displayName: 'Copper (RO)' })];
    expect(validateExtraction(anExtractedReport({ elements }), panel).ok).toBe(true);
  });
});
