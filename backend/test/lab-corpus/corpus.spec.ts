import { DeterministicIcpExtractor, NotAnIcpReportError, validateExtraction } from '../../src/domain/extraction';
import { bundledSeedFiles } from '../../src/domain/reference';
import { extractPdfText, PdfEncryptedError, PdfImageOnlyError, PdfUnreadableError } from '../../src/modules/extraction';
import { BROKEN, CORPUS, type CorpusReport, type Readable, type Refused } from '../../src/tools/lab-corpus/corpus';
import { scoreReport } from '../../src/tools/lab-corpus/score';

// The corpus is drawn by its own PDF writer and its expectations are written by hand
// (src/tools/lab-corpus); this suite runs the real path: PDF bytes → pdf.js text → reader → validation.
const sut = new DeterministicIcpExtractor();
const panelOf = (lab: string) => bundledSeedFiles().testPanels.find((p) => p.panel === lab)?.elements ?? [];

async function read(report: CorpusReport) {
  const pdf = await extractPdfText(report.draw());
  return { pdf, extracted: await sut.extract({ text: pdf.text, labHint: report.labHint }) };
}

async function causeOf(report: CorpusReport): Promise<Refused['cause'] | 'ACCEPTED'> {
  try {
    const { extracted } = await read(report);
    const verdict = validateExtraction(extracted, panelOf(extracted.lab));
    if (verdict.ok) return 'ACCEPTED';
    const [problem] = verdict.problems;
    if (problem.code === 'MISSING_SAMPLE_DATE') return 'NO_SAMPLE_DATE';
    if (problem.code === 'DUPLICATE_ELEMENT' && problem.printed) return 'CONFLICTING_DUPLICATE';
    return 'ACCEPTED';
  } catch (error) {
    if (error instanceof PdfEncryptedError) return 'ENCRYPTED';
    if (error instanceof PdfImageOnlyError) return 'IMAGE_ONLY';
    if (error instanceof PdfUnreadableError) return 'TRUNCATED';
    if (error instanceof NotAnIcpReportError) return 'NOT_ICP';
    throw error;
  }
}

describe('the lab-report corpus', () => {
  it('has at least 16 readable reports: three layout families per lab, German and English, one and two pages, with and without RO', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(16);
    for (const lab of ['OCEAMO', 'TRITON', 'ATI', 'FAUNA_MARIN']) {
      const families = new Set(CORPUS.filter((r) => (r.expected as Readable).lab === lab && !r.labHint).map((r) => r.family));
      expect([lab, families.size >= 3]).toEqual([lab, true]);
    }
    expect(new Set(CORPUS.map((r) => r.language))).toEqual(new Set(['de', 'en']));
    expect(new Set(CORPUS.map((r) => r.pages))).toEqual(new Set([1, 2]));
    expect(CORPUS.some((r) => (r.expected as Readable).ro.length > 0) && CORPUS.some((r) => (r.expected as Readable).ro.length === 0)).toBe(
      true,
    );
  });

  describe.each(CORPUS.map((r) => [r.name, r] as const))('%s', (_, report) => {
    const expected = report.expected as Readable;

    it('has as many pages as the corpus says', async () => {
      expect((await extractPdfText(report.draw())).pageCount).toBe(report.pages);
    });

    it('reads every row with the right value, unit and flag, RO rows apart, and the lab, analysis number and sample date', async () => {
      const { extracted } = await read(report);
      const score = scoreReport(extracted, expected);
      expect(score.problems).toEqual([]);
      expect(score).toMatchObject({ found: score.rows, correct: score.rows, metadata: 3, extra: 0 });
    });

    it('passes validation, so it is evaluated', async () => {
      const { extracted } = await read(report);
      expect(validateExtraction(extracted, panelOf(expected.lab)).ok).toBe(true);
    });
  });

  it('keeps every RO row an RO row in the osmose category, never a tank row', async () => {
    for (const report of CORPUS.filter((r) => (r.expected as Readable).ro.length > 0)) {
      const { extracted } = await read(report);
      const ro = extracted.elements.filter((e) => e.source === 'rodi');
      expect([report.name, ro.length, ro.every((e) => e.category === 'osmose' && e.elementId.endsWith('-ro'))]).toEqual([
        report.name,
        (report.expected as Readable).ro.length,
        true,
      ]);
    }
  });

  it.each(BROKEN.map((r) => [r.name, (r.expected as Refused).cause, r] as const))(
    'refuses the %s upload for its real cause (%s)',
    async (_, cause, report) => {
      await expect(causeOf(report)).resolves.toBe(cause);
    },
  );
});
