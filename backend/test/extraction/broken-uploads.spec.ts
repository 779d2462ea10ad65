import { DeterministicIcpExtractor, UnrecognisedLayoutError, validateExtraction } from '../../src/domain/extraction';
import { bundledSeedFiles } from '../../src/domain/reference';
import { extractPdfText, PdfEmptyError, PdfEncryptedError, PdfUnreadableError } from '../../src/modules/extraction';
import { BrokenFixture, generateBrokenIcpFixture, generateIcpFixture } from '../../src/tools/icp-fixtures';

const panelOf = (lab: string) => bundledSeedFiles().testPanels.find((p) => p.panel === lab)?.elements ?? [];

async function extracted(kind: BrokenFixture) {
  const { bytes } = await generateBrokenIcpFixture(kind);
  const { text } = await extractPdfText(bytes);
  return new DeterministicIcpExtractor().extract({ text, labHint: 'OCEAMO' });
}

describe('broken ICP uploads', () => {
  it.each([
    ['empty', PdfEmptyError],
    ['encrypted', PdfEncryptedError],
    ['truncated', PdfUnreadableError],
    ['png-renamed', PdfUnreadableError],
  ] as const)('the %s file fails to read with %p', async (kind, error) => {
    const { bytes } = await generateBrokenIcpFixture(kind);
    await expect(extractPdfText(bytes)).rejects.toBeInstanceOf(error);
  });

  it('a report from a lab no profile knows is read by the generic reader, against the panel of the lab the keeper picked', async () => {
    const { bytes, expected } = await generateBrokenIcpFixture('unknown-layout');
    const { text } = await extractPdfText(bytes);
    const report = await new DeterministicIcpExtractor().extract({ text, labHint: 'TRITON' });
    expect(report.elements).toEqual((expected as { elements: unknown }).elements);
  });

  it('a report from a lab no profile knows, with no lab picked, fails with UnrecognisedLayoutError', async () => {
    const { bytes } = await generateBrokenIcpFixture('unknown-layout');
    const { text } = await extractPdfText(bytes);
    await expect(new DeterministicIcpExtractor().extract({ text })).rejects.toBeInstanceOf(UnrecognisedLayoutError);
  });

  it.each([
    ['no-analysis-number', [{ code: 'MISSING_ANALYSIS_NUMBER' }]],
    ['no-sample-date', [{ code: 'MISSING_SAMPLE_DATE' }]],
    ['duplicate-element', [{ code: 'DUPLICATE_ELEMENT', elementId: 'copper', displayName: 'Copper' }]],
  ] as const)('a report with %s is read but refused by validation', async (kind, problems) => {
    const report = await extracted(kind);
    expect(validateExtraction(report, panelOf('OCEAMO'))).toEqual({ ok: false, problems });
  });

  it('a complete report passes validation and lists the element the lab left out', async () => {
    const { bytes } = await generateIcpFixture('TRITON', { values: { lithium: 'omitted' } });
    const { text } = await extractPdfText(bytes);
    const verdict = validateExtraction(await new DeterministicIcpExtractor().extract({ text }), panelOf('TRITON'));
    expect(verdict).toEqual({ ok: true, missing: [expect.objectContaining({ elementId: 'lithium' })] });
  });
});
